"""logsweep - delete rotated log archives older than N days."""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

from logsweep.sweep import plan_deletions, remove

log = logging.getLogger("logsweep")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logsweep", description=__doc__)
    parser.add_argument("directory", type=Path, help="folder holding *.log.gz archives")
    parser.add_argument("--keep-days", default=14, help="keep archives newer than this")
    parser.add_argument("--pattern", default="*.log.gz")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")
    victims = plan_deletions(args.directory, args.pattern, args.keep_days)
    if args.dry_run:
        for path in victims:
            log.info("would delete %s", path)
        return 0
    return remove(victims)
