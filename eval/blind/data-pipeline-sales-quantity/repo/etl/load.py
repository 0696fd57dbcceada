from __future__ import annotations

import json
from pathlib import Path


def write_summary(out_dir: Path, day: str, totals: dict[str, float]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"revenue_{day}.json"
    target.write_text(json.dumps({"day": day, "stores": totals}, indent=2), encoding="utf-8")
    return target
