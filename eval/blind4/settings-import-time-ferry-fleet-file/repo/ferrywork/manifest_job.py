"""Nightly job: build the vehicle deck manifest of every sailing of a day."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from ferrywork import fleet, lanes
from ferrywork.settings import get_settings

log = logging.getLogger("ferrywork.manifest")


def read_env_file(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip('"')
    return values


def build_manifest(day: date) -> dict[str, dict[str, object]]:
    settings = get_settings()
    vessels = fleet.load_fleet()
    by_sailing: dict[str, list[dict[str, str]]] = defaultdict(list)
    with (settings.bookings_dir / f"bookings-{day.isoformat()}.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            by_sailing[row["sailing"]].append(row)

    manifest: dict[str, dict[str, object]] = {}
    for sailing, rows in sorted(by_sailing.items()):
        vessel = vessels[rows[0]["vessel"]]
        packed = lanes.pack(
            [float(r["length_m"]) for r in rows],
            vessel.deck_width_m,
            vessel.deck_length_m,
            settings.lane_gap_m,
        )
        manifest[sailing] = {"vessel": vessel.name, "lanes": packed}
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--env-file", type=Path)
    parser.add_argument("--date", type=date.fromisoformat, required=True)
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s [%(name)s] %(message)s")
    if args.env_file:
        os.environ.update(read_env_file(args.env_file))
        log.info("loaded environment from %s", args.env_file)

    try:
        manifest = build_manifest(args.date)
    except Exception:
        log.exception("manifest job failed for %s", args.date)
        return 1

    out_dir = get_settings().output_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"manifest-{args.date.isoformat()}.json").write_text(json.dumps(manifest, indent=2))
    log.info("wrote %d sailings", len(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
