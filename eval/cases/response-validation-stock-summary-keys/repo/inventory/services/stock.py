"""Stock level calculations shared by the API and the nightly export."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.models import StockItem


def level_row(item: StockItem) -> dict[str, Any]:
    return {
        "sku": item.sku,
        "warehouse": item.warehouse_code,
        "on_hand": item.on_hand,
        "reserved": item.reserved,
        "available_qty": item.on_hand - item.reserved,
    }


def stock_report(session: Session, sku: str) -> dict[str, Any] | None:
    items = session.scalars(
        select(StockItem).where(StockItem.sku == sku).order_by(StockItem.warehouse_code)
    ).all()
    if not items:
        return None
    levels = [level_row(item) for item in items]
    return {
        "sku": sku,
        "total_available": sum(item.on_hand - item.reserved for item in items),
        "levels": levels,
    }
