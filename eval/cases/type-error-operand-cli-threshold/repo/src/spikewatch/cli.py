from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .detect import anomalies
from .series import read_series

log = logging.getLogger("spikewatch")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="spikewatch", description="flag spikes in a metric export")
    ap.add_argument("csv", type=Path)
    ap.add_argument("--column", default="value")
    ap.add_argument("--window", type=int, default=6, help="points of history per score")
    ap.add_argument("--threshold", default=3.0, help="|z| above which a point is flagged")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="[%(asctime)s] %(levelname)s in %(module)s: %(message)s")
    args = parse_args(argv)
    try:
        points = read_series(args.csv, args.column)
        found = anomalies(points, args.window, args.threshold)
    except Exception:
        log.exception("analysis of %s failed", args.csv)
        return 1
    for point, z in found:
        print(f"{point.ts}  {point.value:>10.1f}  z={z:+.1f}")
    log.info("%d of %d points flagged", len(found), len(points))
    return 0


if __name__ == "__main__":
    sys.exit(main())
