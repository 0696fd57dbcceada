from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lending.models import Book, Loan


def book_by_isbn(db: Session, isbn: str) -> Book | None:
    return db.execute(select(Book).where(Book.isbn == isbn)).scalar_one_or_none()


def copies_on_loan(db: Session, book_id: int) -> int:
    stmt = select(func.count(Loan.id)).where(Loan.book_id == book_id, Loan.returned_on.is_(None))
    return db.execute(stmt).scalar_one()


def overdue(db: Session, today: date) -> list[Loan]:
    stmt = select(Loan).where(Loan.returned_on.is_(None), Loan.due_on < today).order_by(Loan.due_on)
    return list(db.execute(stmt).scalars())
