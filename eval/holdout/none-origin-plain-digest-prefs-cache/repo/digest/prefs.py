"""User notification preferences, cached on disk between runs of the digest job."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {"timezone": "UTC", "frequency": "daily", "muted_projects": []}


class PrefsCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[int, dict[str, Any]] = {}

    def load(self) -> None:
        if self.path.exists():
            self.entries = json.loads(self.path.read_text(encoding="utf-8"))

    def save(self) -> None:
        self.path.write_text(json.dumps(self.entries, indent=2, sort_keys=True), encoding="utf-8")

    def set(self, user_id: int, **prefs: Any) -> None:
        self.entries[user_id] = {**DEFAULTS, **self.entries.get(user_id, {}), **prefs}

    def get(self, user_id: int) -> dict[str, Any] | None:
        return self.entries.get(user_id)
