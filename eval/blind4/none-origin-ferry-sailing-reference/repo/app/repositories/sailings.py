"""Read access to the sailing timetable."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Sailing


class SailingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_reference(self, reference: str) -> Sailing | None:
        stmt = (
            select(Sailing)
            .where(Sailing.id == reference)
            .options(selectinload(Sailing.bookings))
        )
        return self.session.scalars(stmt).first()

    def upcoming(self, route: str, limit: int = 10) -> list[Sailing]:
        stmt = (
            select(Sailing)
            .where(Sailing.route == route)
            .order_by(Sailing.departs_at)
            .limit(limit)
        )
        return list(self.session.scalars(stmt))
