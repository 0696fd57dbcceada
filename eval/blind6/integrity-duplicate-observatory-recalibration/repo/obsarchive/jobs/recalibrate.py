"""Nightly job: derive new calibration offsets for sensors that drifted against the reference."""

import argparse
import logging
import sys
from datetime import date, datetime, timedelta
from statistics import fmean

from ..db import SessionLocal
from ..models import Calibration
from ..queries import drift_pairs, sensors_due_for_calibration

log = logging.getLogger("obsarchive.recalibrate")


def offset_from_pairs(pairs: list[tuple[float, float]]) -> float:
    return round(fmean(reference - value for value, reference in pairs), 3)


def run(run_date: date, window_days: int = 7) -> int:
    since = datetime.combine(run_date - timedelta(days=window_days), datetime.min.time())
    created = 0
    with SessionLocal() as session:
        for sensor in sensors_due_for_calibration(session, since):
            pairs = drift_pairs(session, sensor, since)
            if not pairs:
                log.warning("sensor %s flagged but has no reference pairs", sensor.code)
                continue
            offset = offset_from_pairs(pairs)
            session.add(Calibration(sensor_id=sensor.id, valid_from=run_date, offset=offset))
            log.info("sensor %s: new offset %+.3f from %d pairs", sensor.code, offset, len(pairs))
            created += 1
        session.commit()
    return created


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="recalibrate")
    parser.add_argument("--date", type=date.fromisoformat, default=date.today())
    parser.add_argument("--window", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        created = run(args.date, args.window)
    except Exception:
        log.exception("recalibration run for %s failed", args.date)
        return 1
    log.info("recalibration done: %d new calibrations", created)
    return 0


if __name__ == "__main__":
    sys.exit(main())
