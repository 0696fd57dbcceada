"""Command-line interface: ``python -m nightplan <command> [options]``."""

from __future__ import annotations

import argparse
import sys

from nightplan import __version__
from nightplan.commands import allocations_cmd, log_cmd, schedule_cmd


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--night",
        help="evening date of the night to plan (YYYY-MM-DD, default: tonight)",
    )
    common.add_argument(
        "--allocations",
        default="allocations.toml",
        help="TAC allocation file for the semester",
    )

    parser = argparse.ArgumentParser(prog="nightplan", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    schedule = sub.add_parser("schedule", help="build the target queue for one night")
    schedule.add_argument("--max-targets", type=int, default=6)
    schedule.add_argument("--min-altitude", type=float, default=30.0)
    schedule.set_defaults(handler=schedule_cmd)

    log = sub.add_parser("log", parents=[common], help="print the observing log template")
    log.add_argument("--observer", default="")
    log.set_defaults(handler=log_cmd)

    alloc = sub.add_parser("allocations", parents=[common], help="show hours left per program")
    alloc.add_argument("--all", action="store_true", help="include completed programs")
    alloc.set_defaults(handler=allocations_cmd)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv if argv is not None else sys.argv[1:])
    return args.handler(args)
