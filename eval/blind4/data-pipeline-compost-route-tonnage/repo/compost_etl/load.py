"""Write the daily summary consumed by the sustainability dashboard."""

from __future__ import annotations

import json
from pathlib import Path


def write_summary(out_dir: Path, day: str, totals: dict[str, float], bins: dict[str, int]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"route-tonnage-{day}.json"
    payload = {
        "day": day,
        "routes": [
            {"route_id": route, "net_kg": kg, "bins": bins.get(route, 0)}
            for route, kg in totals.items()
        ],
        "total_kg": round(sum(totals.values()), 1),
    }
    target.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return target
