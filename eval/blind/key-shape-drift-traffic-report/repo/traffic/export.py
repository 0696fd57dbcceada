from __future__ import annotations

import csv
import io

from .types import DailyRow

FIELDS = ["day", "visits", "unique_visitors", "top_path"]


def to_csv(rows: list[DailyRow]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row[k] for k in FIELDS})
    return buf.getvalue()
