"""Load the published network into an empty database."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ttapi.models import Departure, Route, TimetableVersion


def seed(session: Session) -> None:
    if session.scalar(select(Route.id).limit(1)) is not None:
        return
    route = Route(number="12", name="Harbour - Uplands")
    winter = TimetableVersion(
        label="Winter 2024", valid_from=date(2024, 1, 8), valid_to=date(2024, 6, 2), route=route
    )
    summer = TimetableVersion(label="Summer 2024", valid_from=date(2024, 6, 3), valid_to=None, route=route)
    winter.departures = [Departure(departs_at=time(h, 15), origin_stop="VC0101") for h in (6, 7, 8, 17)]
    summer.departures = [Departure(departs_at=time(h, 45), origin_stop="VC0101") for h in (7, 9, 11, 16)]
    session.add_all([route, winter, summer])
    session.commit()
