"""Client for the internal geocoding service."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from storefinder import settings


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float


class GeocoderClient:
    def __init__(self, base_url: str | None = settings.GEOCODER_URL, timeout: float = settings.GEOCODER_TIMEOUT):
        self.base_url = base_url
        self.timeout = timeout

    def _url(self, path: str) -> str:
        return urljoin(self.base_url, path)

    def geocode(self, address: str) -> Point | None:
        resp = httpx.get(self._url("/v1/geocode"), params={"q": address}, timeout=self.timeout)
        resp.raise_for_status()
        hits = resp.json().get("results", [])
        if not hits:
            return None
        return Point(lat=hits[0]["lat"], lon=hits[0]["lon"])


def get_geocoder() -> GeocoderClient:
    return GeocoderClient()
