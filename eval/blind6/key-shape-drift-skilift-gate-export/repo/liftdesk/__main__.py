"""Command line: ``python -m liftdesk daily <export>``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from liftdesk.gates import read_export
from liftdesk.reports import format_daily


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="liftdesk")
    sub = parser.add_subparsers(dest="command", required=True)
    daily = sub.add_parser("daily", help="rides per lift for one export file")
    daily.add_argument("export", type=Path)
    args = parser.parse_args(argv)

    if args.command == "daily":
        rows = read_export(args.export)
        print(f"{len(rows)} scans read from {args.export.name}")
        print(format_daily(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
