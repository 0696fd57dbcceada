"""Runtime settings for the dispatch tooling, read from the environment (see deploy/dispatch.env)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DispatchSettings:
    depot_postcode: str
    orders_file: Path
    cutoff_hour: int
    van_capacity_crates: int
    timezone: str


def load_settings() -> DispatchSettings:
    return DispatchSettings(
        depot_postcode=os.environ.get("NURSERY_DEPOT_POSTCODE", "GL7 5AB"),
        orders_file=Path(os.environ.get("NURSERY_ORDERS_FILE", "data/orders.json")),
        cutoff_hour=os.environ.get("NURSERY_CUTOFF_HOUR", 14),
        van_capacity_crates=int(os.environ.get("NURSERY_VAN_CAPACITY", "48")),
        timezone=os.environ.get("NURSERY_TZ", "Europe/London"),
    )
