from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ARCHIVE_RE = re.compile(r"^(?P<name>[\w-]+)-(?P<stamp>\d{8}T\d{6})\.tar\.(gz|zst)$")


@dataclass(frozen=True)
class Archive:
    path: Path
    name: str
    taken_at: datetime


def find_archives(root: Path) -> list[Archive]:
    found = []
    for path in sorted(root.iterdir()):
        match = ARCHIVE_RE.match(path.name)
        if match:
            found.append(Archive(path, match["name"], datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S")))
    return found
