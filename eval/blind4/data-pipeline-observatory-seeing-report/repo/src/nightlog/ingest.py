"""Read the JSON-lines log written by the acquisition system."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def read_log(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name}:{lineno}: {exc.msg}") from None
