from __future__ import annotations

import argparse
from datetime import datetime, timezone
from pathlib import Path

from .retention import select_expired
from .snapshots import scan


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="snapprune", description="Delete old volume snapshots.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--keep-days", default=14, help="delete snapshots older than this many days")
    parser.add_argument("--keep-min", type=int, default=3, help="always keep this many per volume")
    parser.add_argument("--dry-run", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    now = datetime.now(timezone.utc)
    expired = select_expired(scan(args.directory), now, args.keep_days, args.keep_min)
    for snap in expired:
        print(("would delete " if args.dry_run else "deleting ") + snap.path.name)
        if not args.dry_run:
            snap.path.unlink()
    print(f"{len(expired)} snapshot(s) expired")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
