"""Maintenance reports: ``python -m tramnet.report segments --line 4``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tramnet.faults import load_faults
from tramnet.network import load_network
from tramnet.reports.segments import segment_report


def print_segments(args: argparse.Namespace) -> int:
    network = load_network(args.network)
    line = network.get(args.line)
    if line is None:
        print(f"unknown line {args.line}", file=sys.stderr)
        return 2
    rows = segment_report(line, load_faults(args.faults))
    print(f"Line {line.number} ({line.name})")
    for row in rows:
        marker = " *" if row.open_faults else ""
        print(f"  {row.from_stop:>22} -> {row.to_stop:<22} {row.faults:3d}{marker}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tramnet-report")
    parser.add_argument("--network", type=Path, default=Path("fixtures/network.json"))
    parser.add_argument("--faults", type=Path, default=Path("fixtures/faults.json"))
    sub = parser.add_subparsers(dest="report", required=True)
    seg = sub.add_parser("segments")
    seg.add_argument("--line", required=True)
    seg.set_defaults(func=print_segments)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
