"""Read the rehearsal spreadsheet exported by the choir office."""
import csv
from pathlib import Path
from typing import Iterator

from .models import Rehearsal, Term

COLUMNS = {
    "Date": "day",
    "Start": "start",
    "End": "end",
    "Venue": "venue",
    "Parts": "parts",
    "Note": "conductor_note",
}


def _normalise(row: dict) -> dict:
    record = {}
    for column, field in COLUMNS.items():
        value = row.get(column)
        if value is None or not value.strip():
            continue
        record[field] = value
    return record


def read_rehearsals(path: Path) -> Iterator[Rehearsal]:
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield Rehearsal.parse_obj(_normalise(row))


def load_term(name: str, path: Path) -> Term:
    rehearsals = sorted(read_rehearsals(path), key=lambda r: (r.day, r.start))
    return Term(name=name, rehearsals=rehearsals)
