"""Read the tracker's JSON-lines export."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Event:
    kind: str
    session_id: str
    channel: str
    value_cents: int = 0


def read_events(path: Path) -> Iterator[Event]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            raw = json.loads(line)
            yield Event(
                kind=raw["event"],
                session_id=raw["sid"],
                channel=(raw.get("utm_source") or "direct").lower(),
                value_cents=int(raw.get("value_cents", 0)),
            )
