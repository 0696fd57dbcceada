from __future__ import annotations

from typing import Any

from geocode.batch import resolve_addresses
from geocode.client import GeoClient


class FakeTransport:
    def __init__(self, answers: dict[str, dict[str, Any]]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, float]] = []

    def get(self, path: str, params: dict[str, Any], timeout: float) -> dict[str, Any]:
        self.calls.append((params["q"], timeout))
        return self.answers.get(params["q"], {"results": []})


def test_lookup_single_address() -> None:
    transport = FakeTransport({"1 Main St, Springfield": {"results": [{"lat": 1.0, "lon": 2.0, "confidence": 0.9}]}})
    client = GeoClient(transport)
    assert client.lookup("1 Main St, Springfield").lat == 1.0


def test_resolve_addresses_splits_hits_and_misses() -> None:
    transport = FakeTransport(
        {
            "1 Main St, Springfield": {"results": [{"lat": 1.0, "lon": 2.0, "confidence": 0.9}]},
            "Nowhere Lane": {"results": [{"lat": 0.0, "lon": 0.0, "confidence": 0.1}]},
        }
    )
    client = GeoClient(transport)

    result = resolve_addresses(client, ["1 Main St\nSpringfield", "Nowhere Lane", "  "])

    assert list(result.resolved) == ["1 Main St, Springfield"]
    assert result.unresolved == ["Nowhere Lane"]
    assert transport.calls[0][1] == 2.5
