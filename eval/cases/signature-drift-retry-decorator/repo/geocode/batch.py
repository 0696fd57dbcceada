"""Resolve many addresses, keeping the failures for a later manual pass."""

from __future__ import annotations

from dataclasses import dataclass, field

from .client import GeoClient, Location


@dataclass
class BatchResult:
    resolved: dict[str, Location] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)

    @property
    def hit_rate(self) -> float:
        total = len(self.resolved) + len(self.unresolved)
        return len(self.resolved) / total if total else 0.0


def normalise(address: str) -> str:
    return " ".join(address.replace("\n", ", ").split())


def resolve_addresses(client: GeoClient, addresses: list[str], timeout: float = 2.5) -> BatchResult:
    result = BatchResult()
    for raw in addresses:
        address = normalise(raw)
        if not address:
            continue
        location = client.lookup(address, timeout=timeout)
        if location is None:
            result.unresolved.append(address)
        else:
            result.resolved[address] = location
    return result
