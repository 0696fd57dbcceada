from __future__ import annotations

import argparse
import logging
from datetime import datetime
from pathlib import Path

from janitor.policy import Retention
from janitor.prune import select_for_deletion
from janitor.scan import find_archives

log = logging.getLogger("janitor")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="janitor")
    parser.add_argument("root", type=Path, help="directory holding the backup archives")
    parser.add_argument("--older-than", dest="days", default=30, metavar="DAYS",
                        help="delete archives older than DAYS (default: %(default)s)")
    parser.add_argument("--keep-min", type=int, default=3, help="always keep the newest N per series")
    parser.add_argument("--dry-run", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    policy = Retention(keep_days=args.days, keep_min=args.keep_min)
    doomed = select_for_deletion(find_archives(args.root), policy, datetime.now())
    for archive in doomed:
        log.info("%s %s", "would delete" if args.dry_run else "deleting", archive.path.name)
        if not args.dry_run:
            archive.path.unlink()
    log.info("%d archive(s) selected", len(doomed))
    return 0
