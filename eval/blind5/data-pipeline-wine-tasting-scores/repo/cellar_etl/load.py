"""Write the per-bottle score summary the cellar app reads."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from statistics import mean

from cellar_etl.transform import Tasting


def summarise(tastings: list[Tasting]) -> dict[str, dict]:
    by_bottle: dict[str, list[Tasting]] = defaultdict(list)
    for tasting in tastings:
        by_bottle[tasting.bottle_id].append(tasting)
    summary = {}
    for bottle_id, group in sorted(by_bottle.items()):
        latest = max(group, key=lambda t: t.tasted_on)
        summary[bottle_id] = {
            "avg_points": round(mean(t.points for t in group), 1),
            "tastings": len(group),
            "last_tasted": latest.tasted_on.isoformat(),
            "last_note": latest.notes,
        }
    return summary


def load(tastings: list[Tasting], out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "scores.json"
    target.write_text(json.dumps(summarise(tastings), indent=2, ensure_ascii=False), encoding="utf-8")
    return target
