from __future__ import annotations

import argparse
import os
from pathlib import Path

from reports import storage
from reports.ledger import sample_entries
from reports.monthly import account_totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="finance-reports")
    parser.add_argument("period", help="YYYY-MM")
    parser.add_argument("--output-dir", type=Path, help="write here instead of the finance share")
    args = parser.parse_args(argv)

    if args.output_dir:
        os.environ["EXPORT_ROOT"] = str(args.output_dir)

    year, month = (int(part) for part in args.period.split("-"))
    totals = account_totals(sample_entries(), year, month)
    path = storage.save_csv(year, f"accounts-{year}-{month:02d}.csv", ["account", "total"], totals)
    print(f"wrote {len(totals)} accounts to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
