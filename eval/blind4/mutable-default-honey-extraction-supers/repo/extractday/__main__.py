from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from extractday.labels import label_lines
from extractday.models import SuperRecord
from extractday.planner import plan_batches


def load_day(path: Path) -> tuple[date, list[SuperRecord]]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return date.fromisoformat(raw["day"]), [SuperRecord(**item) for item in raw["supers"]]


def main() -> None:
    parser = argparse.ArgumentParser(prog="extractday")
    parser.add_argument("day_file", type=Path)
    args = parser.parse_args()

    day, supers = load_day(args.day_file)
    for batch in plan_batches(day, supers):
        print("\n".join(label_lines(batch)))
        print()


main()
