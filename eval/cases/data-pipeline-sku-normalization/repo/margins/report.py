from __future__ import annotations

from pathlib import Path

from .stages.margin import margin_by_sku
from .stages.orders import load_order_lines
from .stages.prices import load_price_index


def weekly_report(inputs: Path) -> str:
    index = load_price_index(inputs / "ek_preise.csv")
    lines = load_order_lines(inputs / "orders.json")
    rows = margin_by_sku(lines, index)
    return "\n".join(f"{sku:<12}{value:>10.2f}" for sku, value in rows.items())
