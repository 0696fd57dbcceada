"""Data access for stock items."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from stockroom.models import Item


def normalise_sku(raw: str) -> str:
    return raw.strip().lower()


class ItemRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_sku(self, sku: str) -> Item | None:
        stmt = select(Item).where(Item.sku == normalise_sku(sku))
        return self.session.scalars(stmt).first()

    def add(self, item: Item) -> Item:
        self.session.add(item)
        self.session.flush()
        return item
