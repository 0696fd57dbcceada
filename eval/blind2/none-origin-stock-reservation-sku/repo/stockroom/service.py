"""Reservation rules."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from stockroom.repository import ItemRepository


class OutOfStock(Exception):
    pass


@dataclass(frozen=True)
class Reservation:
    sku: str
    quantity: int
    remaining: int


def reserve(session: Session, sku: str, quantity: int) -> Reservation:
    repo = ItemRepository(session)
    item = repo.by_sku(sku)
    available = item.on_hand - item.reserved
    if quantity > available:
        raise OutOfStock(sku)
    item.reserved += quantity
    session.commit()
    return Reservation(sku=item.sku, quantity=quantity, remaining=available - quantity)
