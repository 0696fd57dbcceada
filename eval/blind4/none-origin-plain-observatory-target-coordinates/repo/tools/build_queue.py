#!/usr/bin/env python3
"""Print tonight's queue: ``tools/build_queue.py data/targets_2027A.csv [--lst DEG]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skyqueue.catalog import load_targets  # noqa: E402
from skyqueue.coords import format_ra  # noqa: E402
from skyqueue.queue import build_queue  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("targets", type=Path)
    parser.add_argument("--lst", type=float, default=60.0, help="local sidereal time at dusk, degrees")
    args = parser.parse_args()

    queue = build_queue(load_targets(args.targets), args.lst)
    for n, target in enumerate(queue, start=1):
        print(
            f"{n:2d}. [{target.program}] {target.name:<16} RA {format_ra(target.ra_deg)} "
            f"Dec {target.dec_deg:+7.2f}  p{target.priority}  {target.exposure_min} min"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
