from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .codec import dumps, loads
from .schema import AuditEvent, AuditRecord


class AuditLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, event: AuditEvent) -> None:
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(dumps(event) + "\n")

    def records(self) -> Iterator[AuditRecord]:
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield loads(line)
