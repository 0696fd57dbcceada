"""Monthly expense report.

    python -m expenses.cli data/2024-10.csv --by category
"""
from __future__ import annotations

import argparse
from pathlib import Path

from expenses.reader import read_expenses
from expenses.summarise import missing_receipts, totals_by


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv", type=Path)
    parser.add_argument("--by", choices=["category", "employee"], default="category")
    args = parser.parse_args()

    rows = list(read_expenses(args.csv))
    for name, total in totals_by(rows, args.by).items():
        print(f"{name:<12} {total:>10.2f}")
    for row in missing_receipts(rows):
        print(f"missing receipt: {row['date']} {row['employee']} {row['amount']}")


if __name__ == "__main__":
    main()
