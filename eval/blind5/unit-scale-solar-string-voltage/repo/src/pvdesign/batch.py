"""Nightly batch: design the electrical side of every accepted survey.

    python -m pvdesign.batch data/designs.json --export data/distributor_panels.csv
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from pvdesign.datasheets import panel_library
from pvdesign.inverters import choose_inverter
from pvdesign.stringing import plan_strings

log = logging.getLogger("pvdesign.batch")


def design_job(job: dict, library: dict) -> dict:
    panel = library[job["panel_sku"]]
    kwp = job["panel_count"] * panel.pmax_w / 1000
    inverter = choose_inverter(kwp)
    plan = plan_strings(panel, job["panel_count"], inverter, job.get("site_min_temp_c", -10.0))
    return {"job": job["ref"], "kwp": round(kwp, 2), **plan.__dict__}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pvdesign.batch")
    parser.add_argument("designs", type=Path)
    parser.add_argument("--export", type=Path, default=None)
    args = parser.parse_args(argv)

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s"
    )
    library = panel_library(args.export)
    jobs = json.loads(args.designs.read_text(encoding="utf-8"))
    failed = 0
    for job in jobs:
        try:
            result = design_job(job, library)
        except Exception:
            failed += 1
            log.exception("design failed for job %s", job["ref"])
            continue
        log.info(
            "job %s: %s x %s strings on %s",
            result["job"], result["panels_per_string"], result["strings"], result["inverter"],
        )
    log.info("done: %d jobs, %d failed", len(jobs), failed)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
