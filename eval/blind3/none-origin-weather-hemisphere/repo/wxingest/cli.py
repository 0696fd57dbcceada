"""Command line entry point: ``python -m wxingest.cli summary FILE...``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wxingest.readings import daily_stats, load_readings
from wxingest.report import render_summary
from wxingest.stations import load_station


def cmd_summary(paths: list[Path]) -> int:
    for path in paths:
        meta = load_station(path)
        readings = load_readings(path)
        if not readings:
            print(f"{path}: no observations", file=sys.stderr)
            continue
        print(render_summary(meta, daily_stats(readings)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wxingest")
    sub = parser.add_subparsers(dest="command", required=True)
    summary = sub.add_parser("summary", help="print daily statistics per export file")
    summary.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "summary":
        return cmd_summary(args.files)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
