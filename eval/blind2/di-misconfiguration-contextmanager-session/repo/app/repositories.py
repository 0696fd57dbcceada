from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Book


class BookRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def available(self, limit: int = 50) -> list[Book]:
        stmt = select(Book).where(Book.on_loan.is_(False)).order_by(Book.title).limit(limit)
        return list(self.session.scalars(stmt))
