from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class FaultRecord:
    ref: str
    line: str
    from_stop: str
    to_stop: str | None
    kind: str
    opened: datetime
    closed: datetime | None


def load_faults(path: Path) -> list[FaultRecord]:
    records = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        records.append(
            FaultRecord(
                ref=item["ref"],
                line=item["line"],
                from_stop=item["from_stop"],
                to_stop=item.get("to_stop"),
                kind=item["kind"],
                opened=datetime.fromisoformat(item["opened"]),
                closed=datetime.fromisoformat(item["closed"]) if item.get("closed") else None,
            )
        )
    return records
