from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stop:
    code: str
    name: str
    lat: float
    lon: float
    wheelchair: bool


def parse_stop(fields: list[str]) -> Stop:
    """stops.tsv columns: code, name, lat, lon, wheelchair (0/1)."""
    code, name = fields[0], fields[1]
    lat, lon = float(fields[2]), float(fields[3])
    wheelchair = fields[4] == "1" if len(fields) > 4 else False
    return Stop(code=code, name=name, lat=lat, lon=lon, wheelchair=wheelchair)
