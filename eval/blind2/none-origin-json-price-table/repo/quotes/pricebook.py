"""The warehouse price book, loaded once at start-up from data/price_table.json."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TypedDict

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "price_table.json"


class Service(TypedDict):
    name: str
    unit: str
    price: float


@lru_cache(maxsize=1)
def load_pricebook(path: Path = DATA_FILE) -> dict[int, Service]:
    with path.open() as fh:
        return json.load(fh)


def unit_price(service_id: int) -> float | None:
    entry = load_pricebook().get(service_id)
    return entry["price"] if entry else None
