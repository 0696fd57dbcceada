"""Entry point of the nightly job: ``python -m cellar_etl.nightly INBOX OUT_DIR``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from cellar_etl.extract import extract
from cellar_etl.load import load
from cellar_etl.transform import transform

log = logging.getLogger("cellar_etl.nightly")


def run(inbox: Path, out_dir: Path) -> Path:
    rows = extract(inbox)
    log.info("extracted %d rows from %s", len(rows), inbox)
    tastings = transform(rows)
    log.info("transformed %d tastings", len(tastings))
    target = load(tastings, out_dir)
    log.info("wrote %s", target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cellar-etl")
    parser.add_argument("inbox", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s [%(name)s] %(message)s",
    )
    try:
        run(args.inbox, args.out_dir)
    except Exception:
        log.exception("nightly tasting import failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
