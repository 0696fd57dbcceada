"""``python -m payexport.cli`` - build the salary transfer file for a pay period."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from payexport.employees import load_payments
from payexport.pain001 import Debtor, write_transfer_file

COMPANY = Debtor("Hartmann & Söhne Feinmechanik GmbH", "DE02120300000000202051", "BYLADEM1001")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="payexport", description=__doc__)
    parser.add_argument("net_pay_csv", type=Path, help="net pay run exported from HR")
    parser.add_argument("--period", required=True, help="pay period, YYYY-MM")
    parser.add_argument("--execute-on", type=date.fromisoformat, help="bank execution date")
    parser.add_argument("-o", "--output", type=Path, default=Path("salary.xml"))
    parser.add_argument("--encoding", default="cp1252", help="output file encoding")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    year, month = (int(x) for x in args.period.split("-"))
    execute_on = args.execute_on or date(year, month, 25)
    payments = load_payments(args.net_pay_csv)
    count = write_transfer_file(args.output, payments, COMPANY, args.period, execute_on, args.encoding)
    print(f"{args.output}: {count} transfers for {args.period}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
