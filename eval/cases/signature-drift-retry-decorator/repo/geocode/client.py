"""Thin client for the geocoding service."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from .retry import with_retries


class Transport(Protocol):
    def get(self, path: str, params: dict[str, Any], timeout: float) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Location:
    query: str
    lat: float
    lon: float
    confidence: float


class GeoClient:
    def __init__(self, transport: Transport, *, min_confidence: float = 0.5) -> None:
        self._transport = transport
        self.min_confidence = min_confidence

    @with_retries(attempts=3)
    def lookup(self, query: str, *, timeout_s: float = 5.0) -> Location | None:
        """Geocode ``query``; None when the best match is below ``min_confidence``."""
        data = self._transport.get("/v2/search", {"q": query, "limit": 1}, timeout_s)
        results = data.get("results") or []
        if not results:
            return None
        best = results[0]
        if best["confidence"] < self.min_confidence:
            return None
        return Location(query, best["lat"], best["lon"], best["confidence"])
