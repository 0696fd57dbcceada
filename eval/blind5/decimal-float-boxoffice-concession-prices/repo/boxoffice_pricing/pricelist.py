from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from boxoffice_pricing.bands import bands_for
from boxoffice_pricing.concessions import ConcessionRule, concession_price

BOOKING_FEE = Decimal("1.75")


@dataclass(frozen=True)
class PriceRow:
    band: str
    ticket_type: str
    price: Decimal
    with_fee: Decimal


def build_price_list(performance_kind: str, rules: list[ConcessionRule]) -> list[PriceRow]:
    rows: list[PriceRow] = []
    for band in bands_for(performance_kind):
        rows.append(PriceRow(band.code, "Full price", band.price, band.price + BOOKING_FEE))
        for rule in rules:
            if band.code not in rule.bands:
                continue
            if rule.matinee_only and performance_kind != "matinee":
                continue
            price = concession_price(band.price, rule)
            rows.append(PriceRow(band.code, rule.label, price, price + BOOKING_FEE))
    return rows


def render(rows: list[PriceRow]) -> str:
    out = [f"{'Band':<5}{'Ticket':<22}{'Price':>8}{'Online':>9}"]
    for row in rows:
        out.append(f"{row.band:<5}{row.ticket_type:<22}{row.price:>8.2f}{row.with_fee:>9.2f}")
    return "\n".join(out)
