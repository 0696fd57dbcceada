"""Command line entry point: ``python -m reportgen.cli export ...``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .exporters import get_exporter
from .loader import load_rows


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportgen")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="convert an extract to another format")
    export.add_argument("source", type=Path)
    export.add_argument("--format", default="csv")
    export.add_argument("--columns", help="comma separated subset of columns")
    return parser


def cmd_export(args: argparse.Namespace) -> int:
    header, rows = load_rows(args.source)
    columns = args.columns.split(",") if args.columns else header
    exporter = get_exporter(args.format, columns)
    count = exporter.export(rows, sys.stdout)
    print(f"exported {count} rows", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "export":
        return cmd_export(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
