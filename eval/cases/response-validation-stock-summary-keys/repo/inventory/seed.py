"""Demo data for local runs."""

from __future__ import annotations

from inventory.db import SessionLocal
from inventory.models import StockItem, Warehouse


def seed() -> None:
    with SessionLocal() as session, session.begin():
        session.add_all(
            [
                Warehouse(code="BER1", city="Berlin"),
                Warehouse(code="WAW2", city="Warsaw"),
                StockItem(sku="CHAIR-OAK", warehouse_code="BER1", on_hand=40, reserved=12),
                StockItem(sku="CHAIR-OAK", warehouse_code="WAW2", on_hand=15, reserved=0),
            ]
        )
