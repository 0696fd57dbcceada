from __future__ import annotations

from collections import defaultdict

from .calibration import CalibrationTable
from .logger_format import parse_export
from .quality import check
from .records import Reading


class Archive:
    """In-memory archive of calibrated readings, grouped per sensor."""

    def __init__(self, calibrations: CalibrationTable) -> None:
        self.calibrations = calibrations
        self.series: dict[str, list[Reading]] = defaultdict(list)

    def add(self, reading: Reading) -> None:
        calibrated = self.calibrations.apply(reading)
        self.series[calibrated.sensor_id].append(check(calibrated))

    def ingest_export(self, text: str) -> int:
        readings = parse_export(text)
        for reading in readings:
            self.add(reading)
        return len(readings)

    def latest(self, sensor_id: str) -> Reading | None:
        series = self.series.get(sensor_id)
        return series[-1] if series else None
