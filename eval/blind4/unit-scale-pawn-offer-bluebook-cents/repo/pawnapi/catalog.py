"""Reference resale prices from the weekly ResaleIndex export."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

BLUEBOOK = Path(__file__).with_name("bluebook.json")


class UnknownItem(LookupError):
    pass


@dataclass(frozen=True)
class ReferencePrice:
    category: str
    model: str
    median_sale_cents: int
    sample_size: int


@lru_cache(maxsize=1)
def _load() -> dict:
    return json.loads(BLUEBOOK.read_text(encoding="utf-8"))["items"]


def lookup(category: str, model: str) -> ReferencePrice:
    entry = _load().get(category.lower(), {}).get(model.strip().lower())
    if entry is None:
        raise UnknownItem(f"{category}/{model}")
    return ReferencePrice(category, model, int(entry["median_sale_cents"]), int(entry["sample_size"]))
