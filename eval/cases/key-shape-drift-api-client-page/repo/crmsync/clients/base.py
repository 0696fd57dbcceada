from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Protocol


class Transport(Protocol):
    def get(self, path: str, params: dict[str, str]) -> Any: ...


class HttpTransport:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def get(self, path: str, params: dict[str, str]) -> Any:
        url = f"{self.base_url}{path}?{urllib.parse.urlencode(params)}"
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {self.token}"})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            return json.load(resp)


class FixtureTransport:
    """Serves recorded responses from a directory (``/v3/contacts`` -> ``v3_contacts.json``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def get(self, path: str, params: dict[str, str]) -> Any:
        name = path.strip("/").replace("/", "_") + ".json"
        return json.loads((self.root / name).read_text(encoding="utf-8"))


class ApiClient:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def _get(self, path: str, **params: str) -> Any:
        return self.transport.get(path, params)
