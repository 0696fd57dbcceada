"""Command line entry point: ``python -m fueldock.cli GAUGE_CSV SALES_CSV``."""

from __future__ import annotations

import argparse
from pathlib import Path

from fueldock.report import days_of_supply, format_row
from fueldock.sales import average_draw
from fueldock.sensors import TANKS, latest_by_tank, load_readings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuel dock days-of-supply report")
    parser.add_argument("gauges", type=Path)
    parser.add_argument("sales", type=Path)
    args = parser.parse_args(argv)

    latest = latest_by_tank(load_readings(args.gauges))
    draws = average_draw(args.sales)
    for code, tank in TANKS.items():
        reading = latest.get(code)
        if reading is None:
            print(f"{code:<4}no gauge reading")
            continue
        days = days_of_supply(tank, reading, draws.get(code))
        print(format_row(tank, reading, days))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
