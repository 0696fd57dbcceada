"""Per-station upload batches for the national observation network API."""

from __future__ import annotations

from datetime import datetime

from awsfeed.models import Reading

MAX_BATCH = 500


class UploadBatch:
    """Readings of a single station, uploaded in one request."""

    def __init__(self, station_id: str, readings: list[Reading] = []) -> None:
        self.station_id = station_id
        self.readings = readings

    def add(self, reading: Reading) -> None:
        self.readings.append(reading)

    def __len__(self) -> int:
        return len(self.readings)

    @property
    def window(self) -> tuple[datetime, datetime]:
        times = [r.observed_at for r in self.readings]
        return min(times), max(times)

    def is_full(self) -> bool:
        return len(self.readings) >= MAX_BATCH
