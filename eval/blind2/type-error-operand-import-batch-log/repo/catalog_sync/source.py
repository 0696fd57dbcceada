"""Supplier feed (JSON lines) reader."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def read_feed(path: Path) -> Iterator[dict]:
    with path.open() as fh:
        for number, line in enumerate(fh, start=1):
            line = line.strip()
            if line:
                record = json.loads(line)
                record["_line"] = number
                yield record
