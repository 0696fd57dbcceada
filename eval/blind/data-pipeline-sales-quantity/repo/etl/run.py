from __future__ import annotations

import argparse
import logging
from pathlib import Path

from .extract import read_rows
from .load import write_summary
from .transform import parse_row, revenue_by_store

log = logging.getLogger("etl")


def run(source: Path, out_dir: Path) -> Path:
    day = source.stem.split("_", 1)[1]
    rows = [parse_row(raw) for raw in read_rows(source)]
    log.info("extracted %d rows from %s", len(rows), source.name)
    totals = revenue_by_store(rows)
    return write_summary(out_dir, day, totals)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(name)s | %(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path)
    parser.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args()
    log.info("wrote %s", run(args.source, args.out))
