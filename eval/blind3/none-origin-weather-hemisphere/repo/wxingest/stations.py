"""Station metadata read from the ``#``-prefixed header of an export file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wxingest.coords import parse_coordinate


@dataclass(frozen=True)
class StationMeta:
    station_id: str
    name: str
    latitude: float | None
    longitude: float | None
    elevation_m: float | None


def read_header(path: Path) -> dict[str, str]:
    """Collect ``# key: value`` lines until the first data line."""
    header: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            key, sep, value = line[1:].partition(":")
            if sep:
                header[key.strip().lower()] = value.strip()
    return header


def load_station(path: Path) -> StationMeta:
    header = read_header(path)
    elevation = header.get("elevation", "").rstrip("m ").strip()
    return StationMeta(
        station_id=header["station"],
        name=header.get("name", header["station"]),
        latitude=parse_coordinate(header.get("lat", "")),
        longitude=parse_coordinate(header.get("lon", "")),
        elevation_m=float(elevation) if elevation else None,
    )
