"""Parser for the CSV export of the station's data logger.

Logger columns: timestamp (UTC, ISO 8601), sensor id, quantity code, raw value.
Raw values are in the logger's native units: TEMP in 0.01 degC, HUM in %RH, BARO in Pa,
WIND in 0.1 m/s.
"""

from __future__ import annotations

from datetime import datetime

from .records import Reading

ARCHIVE_UNITS = {"TEMP": "degC", "HUM": "%", "BARO": "hPa", "WIND": "m/s"}


def to_archive_units(quantity: str, raw: float) -> float:
    if quantity == "TEMP":
        return raw / 100
    if quantity == "BARO":
        return raw / 10
    if quantity == "WIND":
        return raw / 10
    return raw


def parse_line(line: str) -> Reading:
    stamp, sensor_id, quantity, raw = (part.strip() for part in line.split(","))
    return Reading(
        taken_at=datetime.fromisoformat(stamp.replace("Z", "+00:00")),
        sensor_id=sensor_id,
        quantity=quantity,
        value=to_archive_units(quantity, float(raw)),
        unit=ARCHIVE_UNITS[quantity],
    )


def parse_export(text: str) -> list[Reading]:
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(parse_line(line))
    return rows
