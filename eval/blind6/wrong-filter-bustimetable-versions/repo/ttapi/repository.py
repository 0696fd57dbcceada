from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ttapi.models import Route, TimetableVersion


def route_by_number(session: Session, number: str) -> Route | None:
    return session.scalar(select(Route).where(Route.number == number))


def version_in_force(session: Session, route_id: int, on: date) -> TimetableVersion:
    return session.scalars(
        select(TimetableVersion)
        .where(TimetableVersion.route_id == route_id)
        .where(TimetableVersion.valid_from <= on)
    ).one()
