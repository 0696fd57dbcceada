"""salesetl command line: `python -m salesetl.cli load EXPORT.csv --out DIR`."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from salesetl.extract import read_export
from salesetl.load import write_jsonl
from salesetl.promotions import apply_promotion

log = logging.getLogger("salesetl")


def load(export: Path, out_dir: Path) -> int:
    lines = [apply_promotion(line) for line in read_export(export)]
    target = out_dir / (export.stem + ".jsonl")
    return write_jsonl(lines, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="salesetl")
    sub = parser.add_subparsers(dest="command", required=True)
    load_cmd = sub.add_parser("load")
    load_cmd.add_argument("export", type=Path)
    load_cmd.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s [%(name)s] %(message)s")
    try:
        count = load(args.export, args.out)
    except Exception:
        log.exception("load of %s failed", args.export.name)
        return 1
    log.info("loaded %d order lines from %s", count, args.export.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
