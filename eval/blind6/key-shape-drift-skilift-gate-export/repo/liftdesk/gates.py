"""Readers for turnstile scan exports.

The older Axess gates send a JSON feed; the new Skidata gates along the valley only
offer a nightly semicolon-separated dump. Both end up as ScanRow dicts.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

from liftdesk.records import ScanRow

_SKIDATA_TIME = "%d.%m.%Y %H:%M:%S"


def read_axess_feed(path: Path) -> list[ScanRow]:
    rows: list[ScanRow] = []
    for event in json.loads(path.read_text(encoding="utf-8")):
        rows.append(
            {
                "pass_no": event["media"]["serial"],
                "lift_id": event["gate"]["lift"],
                "scanned_at": datetime.fromisoformat(event["ts"]),
                "accepted": event["result"] == "OK",
            }
        )
    return rows


def read_skidata_dump(path: Path) -> list[ScanRow]:
    rows: list[ScanRow] = []
    with path.open(newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter=";"):
            rows.append(
                {
                    "pass_no": rec["TicketNr"].strip(),
                    "lift": rec["Anlage"].strip().upper(),
                    "scanned_at": datetime.strptime(rec["Zeit"], _SKIDATA_TIME),
                    "accepted": rec["Status"] == "1",
                }
            )
    return rows


def read_export(path: Path) -> list[ScanRow]:
    if path.suffix == ".json":
        return read_axess_feed(path)
    return read_skidata_dump(path)
