"""Read the co-operative's CSV exports."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from hivelog.records import Apiary, Hive, Inspection


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def load_apiaries(folder: Path) -> list[Apiary]:
    return [
        Apiary(row["apiary_id"], row["name"], row["region"], row["forage"])
        for row in _rows(folder / "apiaries.csv")
    ]


def load_hives(folder: Path) -> list[Hive]:
    return [
        Hive(row["hive_id"], row["apiary_id"], int(row["queen_year"]), row["colony_type"])
        for row in _rows(folder / "hives.csv")
    ]


def load_inspections(folder: Path) -> list[Inspection]:
    return [
        Inspection(
            hive_id=row["hive_id"],
            inspected_on=date.fromisoformat(row["inspected_on"]),
            brood_frames=int(row["brood_frames"]),
            varroa_per_100=float(row["varroa_per_100"]),
            temper=row["temper"],
        )
        for row in _rows(folder / "inspections.csv")
    ]


def build_apiary_index(apiaries: list[Apiary]) -> dict[str, Apiary]:
    """Apiaries keyed for lookups from hive and inspection records."""
    return {apiary.name: apiary for apiary in apiaries}
