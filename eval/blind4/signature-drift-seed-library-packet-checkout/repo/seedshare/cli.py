"""Command line entry point: ``python -m seedshare.cli <command> ...``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from seedshare.kiosk import KioskSession, render_slip
from seedshare.loans import checkout_packets
from seedshare.store import Ledger


def cmd_checkout(args: argparse.Namespace) -> int:
    ledger = Ledger.load(args.ledger)
    codes = [c.strip().upper() for c in args.packets.split(",") if c.strip()]
    loans = checkout_packets(ledger, args.member, codes, days=args.days, today=args.today)
    print(render_slip(loans, ledger))
    return 0


def cmd_kiosk(args: argparse.Namespace) -> int:
    ledger = Ledger.load(args.ledger)
    session = KioskSession(ledger, args.member)
    for code in args.packets.split(","):
        session.scan(code)
    print(render_slip(session.finish(today=args.today), ledger))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="seedshare")
    parser.add_argument("--ledger", type=Path, default=Path("ledger.json"))
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    sub = parser.add_subparsers(dest="command", required=True)

    checkout = sub.add_parser("checkout", help="desk checkout by a volunteer")
    checkout.add_argument("--member", required=True)
    checkout.add_argument("--packets", required=True)
    checkout.add_argument("--days", type=int, default=120)
    checkout.set_defaults(func=cmd_checkout)

    kiosk = sub.add_parser("kiosk", help="self-service checkout")
    kiosk.add_argument("--member", required=True)
    kiosk.add_argument("--packets", required=True)
    kiosk.set_defaults(func=cmd_kiosk)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
