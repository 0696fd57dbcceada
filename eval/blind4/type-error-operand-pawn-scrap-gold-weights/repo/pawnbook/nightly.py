"""Nightly revaluation of scrap-gold intake: ``python -m pawnbook.nightly data/intake.txt``."""
from __future__ import annotations

import argparse
import logging
import os
from decimal import Decimal
from pathlib import Path

from pawnbook.metals import DEFAULT_SPOT_PER_GRAM
from pawnbook.tickets import parse_line
from pawnbook.valuation import melt_value

log = logging.getLogger("pawnbook.nightly")


def spot_price() -> Decimal:
    raw = os.environ.get("PAWNBOOK_SPOT_PER_GRAM")
    return Decimal(raw) if raw else DEFAULT_SPOT_PER_GRAM


def revalue(path: Path, spot: Decimal) -> int:
    failures = 0
    total = Decimal("0")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        try:
            reading = parse_line(line)
            valuation = melt_value(reading, spot)
        except Exception:
            log.exception("revaluation failed for %s", line.split("|", 1)[0].strip())
            failures += 1
            continue
        total += valuation.offer
        log.info("%s: %s g fine -> offer %s", valuation.ticket_no, valuation.fine_grams, valuation.offer)
    log.info("intake total offer %s (%d failed)", total, failures)
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pawnbook.nightly")
    parser.add_argument("intake", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
    )
    spot = spot_price()
    log.info("revaluing %s at spot %s/g", args.intake, spot)
    return 1 if revalue(args.intake, spot) else 0


if __name__ == "__main__":
    raise SystemExit(main())
