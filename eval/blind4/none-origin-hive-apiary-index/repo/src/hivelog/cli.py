from __future__ import annotations

import argparse
from pathlib import Path

from hivelog.loader import build_apiary_index, load_apiaries, load_hives, load_inspections
from hivelog.report import build_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hivelog", description="Latest inspection per hive.")
    parser.add_argument("data_dir", type=Path, help="folder holding the CSV exports")
    args = parser.parse_args(argv)

    apiaries = build_apiary_index(load_apiaries(args.data_dir))
    report = build_report(load_hives(args.data_dir), load_inspections(args.data_dir), apiaries)
    for region in sorted(report):
        print(f"== {region} ==")
        for line in report[region]:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
