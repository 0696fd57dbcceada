"""Document storage backends."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol


class Storage(Protocol):
    def put(self, key: str, content: str) -> None: ...

    def get(self, key: str) -> str | None: ...


class LocalStorage:
    """Stores each document as a UTF-8 file below `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key.replace("/", "__")

    def put(self, key: str, content: str) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self._path(key).write_text(content, encoding="utf-8")

    def get(self, key: str) -> str | None:
        path = self._path(key)
        return path.read_text(encoding="utf-8") if path.exists() else None


class MemoryStorage:
    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def put(self, key: str, content: str) -> None:
        self.items[key] = content

    def get(self, key: str) -> str | None:
        return self.items.get(key)


def get_storage() -> Storage:
    return LocalStorage(Path(os.environ.get("DOCVAULT_ROOT", "/var/lib/docvault")))
