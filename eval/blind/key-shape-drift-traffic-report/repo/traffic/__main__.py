"""python -m traffic HITS.jsonl [--csv]"""
from __future__ import annotations

import json
import sys

from .aggregate import aggregate_by_day
from .export import to_csv
from .report import format_table


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as fh:
        hits = [json.loads(line) for line in fh if line.strip()]
    rows = aggregate_by_day(hits)
    print(to_csv(rows) if "--csv" in argv else format_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
