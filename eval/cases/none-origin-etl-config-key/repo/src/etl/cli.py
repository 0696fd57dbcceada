"""Command line entry point: ``python -m etl.cli run --config config/pipeline.json``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from etl.config import load_config
from etl.extract import read_orders
from etl.load import write_rows
from etl.transform import daily_totals

log = logging.getLogger("etl")


def run(config_path: Path) -> int:
    cfg = load_config(config_path)
    base_dir = config_path.resolve().parent.parent
    log.info("pipeline %s: reading %s", cfg.name, cfg.source["path"])
    rows = daily_totals(read_orders(cfg.source, base_dir))
    log.info("pipeline %s: %d aggregated rows", cfg.name, len(rows))
    return write_rows(rows, cfg.warehouse, cfg.batch_size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="etl")
    sub = parser.add_subparsers(dest="command", required=True)
    run_cmd = sub.add_parser("run", help="run a pipeline")
    run_cmd.add_argument("--config", type=Path, required=True)
    args = parser.parse_args(argv)

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        run(args.config)
    except Exception:
        log.exception("pipeline failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
