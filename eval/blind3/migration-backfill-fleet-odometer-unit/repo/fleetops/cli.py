"""Command line entry point: ``python -m fleetops.cli <command>``."""

from __future__ import annotations

import argparse
import logging

from fleetops import migrate
from fleetops.db import SessionLocal, engine
from fleetops.models import Vehicle
from fleetops.reports import service_due


def cmd_migrate(args: argparse.Namespace) -> None:
    rev = migrate.upgrade(engine, target=args.to)
    print(f"database at revision {rev}")


def cmd_add_vehicle(args: argparse.Namespace) -> None:
    with SessionLocal.begin() as session:
        session.add(
            Vehicle(
                plate=args.plate,
                make=args.make,
                odometer=args.odometer,
                odometer_unit=args.unit,
                last_service_odometer=args.last_service,
            )
        )
    print(f"added {args.plate}")


def cmd_due(args: argparse.Namespace) -> None:
    with SessionLocal() as session:
        lines = service_due(session)
    for line in lines:
        flag = "OVERDUE" if line.overdue else "due soon"
        print(f"{line.plate:<10} {line.make:<14} {line.km_since_service:>7} km  {flag}")
    print(f"{len(lines)} vehicle(s) need attention")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="fleetops")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("migrate")
    p.add_argument("--to", default=None)
    p.set_defaults(func=cmd_migrate)
    p = sub.add_parser("add-vehicle")
    p.add_argument("plate")
    p.add_argument("make")
    p.add_argument("--odometer", type=int, default=0)
    p.add_argument("--unit", choices=["km", "mi"], default="km")
    p.add_argument("--last-service", type=int, default=0)
    p.set_defaults(func=cmd_add_vehicle)
    p = sub.add_parser("due")
    p.set_defaults(func=cmd_due)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    args.func(args)


if __name__ == "__main__":
    main()
