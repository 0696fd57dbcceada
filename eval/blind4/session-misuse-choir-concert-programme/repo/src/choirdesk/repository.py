from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from choirdesk.models import Concert, ProgrammeItem


class ConcertRepository:
    """Read and write concerts; each call runs in its own short session."""

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory

    def add(self, concert: Concert) -> int:
        with self._session_factory() as session:
            session.add(concert)
            session.commit()
            return concert.id

    def upcoming(self, limit: int = 5) -> list[Concert]:
        with self._session_factory() as session:
            stmt = (
                select(Concert)
                .options(selectinload(Concert.items))
                .order_by(Concert.performed_on)
                .limit(limit)
            )
            return list(session.scalars(stmt))

    def get(self, concert_id: int) -> Concert | None:
        with self._session_factory() as session:
            return session.get(Concert, concert_id)

    def rename_work(self, item_id: int, work: str) -> None:
        with self._session_factory() as session:
            item = session.get(ProgrammeItem, item_id)
            if item is None:
                raise LookupError(f"no programme item {item_id}")
            item.work = work
            session.commit()
