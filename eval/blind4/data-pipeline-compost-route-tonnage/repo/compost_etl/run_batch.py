"""Entry point used by the scheduler: ``python -m compost_etl.run_batch EXPORT OUT_DIR``."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from compost_etl.aggregate import bins_serviced, route_totals
from compost_etl.extract import read_scale_export
from compost_etl.load import write_summary
from compost_etl.transform import transform

log = logging.getLogger("compost_etl.batch")


def run(export: Path, out_dir: Path) -> Path:
    day = export.stem.removeprefix("scale_")
    log.info("processing %s", export.name)
    readings = transform(read_scale_export(export))
    log.info("%d tickets for %s", len(readings), day)
    totals = route_totals(readings)
    bins = bins_serviced(readings)
    return write_summary(out_dir, day, totals, bins)


def main(argv: list[str]) -> int:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)-7s [%(name)s] %(message)s",
    )
    export, out_dir = Path(argv[0]), Path(argv[1])
    try:
        target = run(export, out_dir)
    except Exception:
        log.exception("batch failed for %s", export.name)
        return 1
    log.info("wrote %s", target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
