"""Server-side session storage.

Production points this at Redis through a small adapter with the same get/put/delete
interface; development and tests keep sessions in a process-local dict.
"""
from __future__ import annotations

import secrets
import time
from typing import Any

from settings import SESSION_TTL_SECONDS


class SessionStore:
    def __init__(self, ttl: int = SESSION_TTL_SECONDS) -> None:
        self._data: dict[str, tuple[float, dict[str, Any]]] = {}
        self._ttl = ttl

    def put(self, payload: dict[str, Any]) -> str:
        sid = secrets.token_urlsafe(24)
        self._data[sid] = (time.monotonic() + self._ttl, payload)
        return sid

    def get(self, sid: str) -> dict[str, Any] | None:
        entry = self._data.get(sid)
        if entry is None:
            return None
        expires, payload = entry
        if expires < time.monotonic():
            self._data.pop(sid, None)
            return None
        return payload

    def delete(self, sid: str) -> None:
        self._data.pop(sid, None)


store = SessionStore()
