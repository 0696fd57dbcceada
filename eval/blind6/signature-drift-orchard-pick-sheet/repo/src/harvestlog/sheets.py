"""Import the paper pick sheets once they have been typed up as CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from harvestlog.ledger import HarvestLedger, record_pick

COLUMNS = ("tree", "date", "kg", "picker")


def _parse_day(text: str) -> date:
    return datetime.strptime(text.strip(), "%d/%m/%Y").date()


def _parse_kg(text: str) -> float:
    return float(text.strip().replace(",", "."))


def import_sheet(ledger: HarvestLedger, text: str) -> int:
    reader = csv.DictReader(io.StringIO(text))
    missing = set(COLUMNS) - set(reader.fieldnames or ())
    if missing:
        raise ValueError(f"pick sheet is missing columns: {sorted(missing)}")
    count = 0
    for row in reader:
        if not row["tree"].strip():
            continue
        picker = row["picker"].strip() or None
        record_pick(ledger, row["tree"].strip(), _parse_kg(row["kg"]), _parse_day(row["date"]), picker)
        count += 1
    return count
