"""Dispatcher command line: ``python -m dispatch.cli quote PICKUP DROPOFF KM``."""

from __future__ import annotations

import argparse
import sys

from dispatch.jobs import Job, OutOfAreaError, price_job
from dispatch.zones import is_serviceable


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dispatch")
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("quote", help="price a job before booking it")
    q.add_argument("pickup")
    q.add_argument("dropoff")
    q.add_argument("km", type=float)
    q.add_argument("--express", action="store_true")
    return parser


def cmd_quote(args: argparse.Namespace) -> int:
    for postcode in (args.pickup, args.dropoff):
        if not is_serviceable(postcode):
            raise OutOfAreaError(f"we don't ride to {postcode}")
    job = Job(args.pickup, args.dropoff, args.km, express=args.express)
    q = price_job(job)
    print(f"job {job.id}: {q.pickup_zone} -> {q.dropoff_zone}, {q.distance_km} km, £{q.total}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "quote":
        return cmd_quote(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
