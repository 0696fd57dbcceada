"""Dump current stock levels to a dated CSV for the finance team's share."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from .. import settings


def export_path(day: dt.date) -> Path:
    return Path(settings.EXPORT_DIR) / f"inventory-{day:%Y%m%d}.csv"


def load_levels() -> list[dict[str, object]]:
    return json.loads((settings.DATA_DIR / "levels.json").read_text(encoding="utf-8"))


def run() -> str:
    levels = load_levels()
    target = export_path(dt.date.today())
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["sku", "warehouse", "qty"])
        writer.writeheader()
        writer.writerows(levels)
    return f"wrote {len(levels)} rows to {target}"
