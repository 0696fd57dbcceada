"""Stage A: supplier price history (ERP export) -> sku -> [(valid_from, unit_cost), ...] sorted by date."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

from ..skus import normalize_sku

PriceIndex = dict[str, list[tuple[dt.date, float]]]


def load_price_index(path: Path) -> PriceIndex:
    index: PriceIndex = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            cost = float(row["EK_Preis"].replace(",", "."))
            index[normalize_sku(row["Artikel"])].append((dt.date.fromisoformat(row["gueltig_ab"]), cost))
    for history in index.values():
        history.sort()
    return index
