"""Turn raw export rows into typed sale records and aggregate them."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from salesrollup.rates import convert

REGION_GROUPS = {
    "emea-north": "EMEA",
    "emea-south": "EMEA",
    "apac": "APAC",
    "na-east": "Americas",
    "na-west": "Americas",
}


@dataclass(frozen=True)
class Sale:
    region: str
    rep: str
    order_id: str
    amount: Decimal
    currency: str


def region_group(raw: str) -> str:
    key = raw.strip().lower()
    return REGION_GROUPS.get(key, "Other")


def to_sale(row: dict[str, str]) -> Sale:
    return Sale(
        region=region_group(row.get("region")),
        rep=row.get("rep", ""),
        order_id=row["order_id"],
        amount=Decimal(row["amount"]),
        currency=row.get("currency", "EUR"),
    )


def totals_by_region(sales: Iterable[Sale], currency: str) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = defaultdict(lambda: Decimal("0"))
    for sale in sales:
        totals[sale.region] += convert(sale.amount, sale.currency, currency)
    return dict(sorted(totals.items()))
