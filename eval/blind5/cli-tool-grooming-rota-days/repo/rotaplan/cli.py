from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from rotaplan import __version__
from rotaplan.render import as_csv, as_table
from rotaplan.rota import build_rota
from rotaplan.staff import load_staff


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rotaplan", description="Plan the groomers' rota.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    plan = sub.add_parser("plan", help="plan shifts for a run of days")
    plan.add_argument("staff", type=Path, help="staff JSON file")
    plan.add_argument("--start", type=date.fromisoformat, default=date.today(), help="first day (YYYY-MM-DD)")
    plan.add_argument("--days", default=7, help="number of days to plan")
    plan.add_argument("--per-day", type=int, default=2, help="groomers on each day")
    plan.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "plan":
        staff = load_staff(args.staff)
        rota = build_rota(staff, args.start, args.days, per_day=args.per_day)
        print(as_csv(rota) if args.csv else as_table(rota))
        short = sum(1 for shift in rota if shift.short_staffed)
        if short:
            print(f"warning: {short} day(s) short-staffed", file=sys.stderr)
    return 0
