"""Nightly job: import terminal exports and write timesheet rows.

Run by cron as ``python -m payroll.jobs.nightly_import EXPORT_DIR OUT_CSV``.
"""

from __future__ import annotations

import csv
import logging
import sys
from pathlib import Path

from payroll.punches import read_corrections, read_terminal_export
from payroll.shifts import pair_shifts
from payroll.timesheet import daily_hours

log = logging.getLogger("payroll.nightly")


def import_site(export: Path) -> dict[tuple[str, str], float]:
    punches = read_terminal_export(export)
    punches += read_corrections(export.with_suffix(".corrections.csv"))
    log.info("%s: %d punches", export.name, len(punches))
    shifts, unpaired = pair_shifts(punches)
    if unpaired:
        log.warning("%s: %d unpaired punches", export.name, len(unpaired))
    return daily_hours(shifts)


def run(export_dir: Path, out_csv: Path) -> int:
    failures = 0
    rows: dict[tuple[str, str], float] = {}
    for export in sorted(export_dir.glob("site-*.csv")):
        if export.name.endswith(".corrections.csv"):
            continue
        try:
            rows.update(import_site(export))
        except Exception:
            log.exception("timesheet import failed for %s", export.name)
            failures += 1
    with out_csv.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["badge", "date", "hours"])
        for (badge, day), hours in rows.items():
            writer.writerow([badge, day, f"{hours:.2f}"])
    log.info("wrote %d timesheet rows to %s", len(rows), out_csv)
    return 1 if failures else 0


def main() -> int:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s [%(name)s] %(message)s",
    )
    return run(Path(sys.argv[1]), Path(sys.argv[2]))


if __name__ == "__main__":
    sys.exit(main())
