"""Command line entry point: python -m salesrollup.cli EXPORT.csv"""
from __future__ import annotations

import argparse
from pathlib import Path

from salesrollup.readers import read_rows
from salesrollup.transform import to_sale, totals_by_region


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="salesrollup")
    parser.add_argument("export", type=Path, help="CSV export from the back office")
    parser.add_argument("--currency", default="EUR")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sales = [to_sale(row) for row in read_rows(args.export)]
    for region, total in totals_by_region(sales, args.currency).items():
        print(f"{region:<10} {total:>12,.2f} {args.currency}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
