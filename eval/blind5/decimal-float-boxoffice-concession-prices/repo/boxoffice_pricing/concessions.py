"""Concession rules (students, over-60s, under-16s...) and what they cost."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

FIVE_PENCE = Decimal("0.05")


@dataclass(frozen=True)
class ConcessionRule:
    code: str
    label: str
    discount_pct: int
    bands: tuple[str, ...]
    matinee_only: bool = False


def load_rules(path: Path) -> list[ConcessionRule]:
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    return [
        ConcessionRule(
            code=code,
            label=entry["label"],
            discount_pct=int(entry["discount_pct"]),
            bands=tuple(entry.get("bands", ["A", "B", "C", "R"])),
            matinee_only=bool(entry.get("matinee_only", False)),
        )
        for code, entry in raw["concessions"].items()
    ]


def round_to_five_pence(amount: Decimal) -> Decimal:
    return (amount / FIVE_PENCE).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * FIVE_PENCE


def concession_price(band_price: Decimal, rule: ConcessionRule) -> Decimal:
    """Discounted ticket price, rounded to the nearest 5p for the tills."""
    discounted = band_price * (1 - rule.discount_pct / 100)
    return round_to_five_pence(discounted)
