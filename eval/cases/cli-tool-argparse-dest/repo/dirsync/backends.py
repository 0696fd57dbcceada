from __future__ import annotations

import hashlib
import shutil
from pathlib import Path


class LocalBackend:
    """Backend writing into a local folder; used for tests and for NFS targets."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def digest(self, key: str) -> str | None:
        path = self.root / key
        if not path.exists():
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()

    def put(self, key: str, source: Path) -> None:
        target = self.root / key
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
