#!/usr/bin/env python3
"""Keep the newest N database dumps in a folder and delete the rest.

    rotate_backups.py --output-dir /backups/pg --keep 7 [--pattern 'app-*.sql.gz'] [--dry-run]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dumpnames import dump_timestamp


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--keep", type=int, default=7)
    parser.add_argument("--pattern", default="*.sql.gz")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def candidates(args: argparse.Namespace) -> list[Path]:
    folder = args.ouput_dir
    dumps = [p for p in folder.glob(args.pattern) if dump_timestamp(p) is not None]
    return sorted(dumps, key=dump_timestamp, reverse=True)


def rotate(args: argparse.Namespace) -> list[Path]:
    doomed = candidates(args)[args.keep :]
    for path in doomed:
        if not args.dry_run:
            path.unlink()
    return doomed


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for path in rotate(args):
        print(("would delete " if args.dry_run else "deleted ") + path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
