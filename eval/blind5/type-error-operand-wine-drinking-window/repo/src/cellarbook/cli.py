from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from cellarbook.inventory import load_cellar
from cellarbook.window import past_peak, ready_to_drink


def _cmd_ready(args: argparse.Namespace) -> int:
    bottles = load_cellar(args.cellar)
    rows = ready_to_drink(bottles, args.year)
    if not rows:
        print("Nothing in its window this year.")
        return 0
    for bottle, window in sorted(rows, key=lambda r: r[0].bin):
        span = f"{window[0]}-{window[1]}" if window else "any time"
        print(f"{bottle.bin:<6} {bottle.display_name:<48} x{bottle.quantity}  {span}")
    return 0


def _cmd_past_peak(args: argparse.Namespace) -> int:
    for bottle in past_peak(load_cellar(args.cellar), args.year):
        print(f"{bottle.bin:<6} {bottle.display_name}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cellarbook")
    parser.add_argument("--cellar", type=Path, default=Path("data/cellar.json"))
    sub = parser.add_subparsers(dest="command", required=True)
    ready = sub.add_parser("ready", help="bottles inside their drinking window")
    ready.add_argument("--year", type=int, default=date.today().year)
    ready.set_defaults(func=_cmd_ready)
    peak = sub.add_parser("past-peak", help="bottles that should have been opened already")
    peak.add_argument("--year", type=int, default=date.today().year)
    peak.set_defaults(func=_cmd_past_peak)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
