from __future__ import annotations

from sqlalchemy import select

from newsletter.db import SessionLocal
from newsletter.models import MailingList


def active_lists() -> list[MailingList]:
    with SessionLocal() as session:
        stmt = select(MailingList).where(MailingList.archived.is_(False)).order_by(MailingList.name)
        return list(session.scalars(stmt))


def list_by_name(name: str) -> MailingList | None:
    with SessionLocal() as session:
        return session.scalar(select(MailingList).where(MailingList.name == name))
