from __future__ import annotations

import argparse
from pathlib import Path

from .calendar import build_calendar
from .loaders import load_households, read_rows
from .planner import allocate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="foodbank", description="Plan a week of parcel collections.")
    parser.add_argument("households", type=Path)
    parser.add_argument("slots", type=Path)
    args = parser.parse_args(argv)

    households = load_households(args.households)
    calendar = build_calendar(read_rows(args.slots))
    plan = allocate(households, calendar)
    for item in plan:
        print(f"{item.household:<8} {item.slot:<6} {item.parcels}")
    print(f"{len(plan)} households planned over {len(calendar.days())} days")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
