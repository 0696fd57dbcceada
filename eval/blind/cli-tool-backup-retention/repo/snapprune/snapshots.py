from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

NAME_RE = re.compile(r"^(?P<volume>[a-z0-9-]+)@(?P<stamp>\d{8}T\d{6}Z)\.tar\.zst$")


@dataclass(frozen=True)
class Snapshot:
    path: Path
    volume: str
    taken_at: datetime


def scan(directory: Path) -> list[Snapshot]:
    found = []
    for path in sorted(directory.iterdir()):
        match = NAME_RE.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        found.append(Snapshot(path=path, volume=match["volume"], taken_at=taken))
    return found
