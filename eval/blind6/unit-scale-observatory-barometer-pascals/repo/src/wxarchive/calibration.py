from __future__ import annotations

from collections.abc import Iterable

from .records import Calibration, Reading


class CalibrationTable:
    def __init__(self, calibrations: Iterable[Calibration] = ()) -> None:
        self._by_sensor: dict[str, list[Calibration]] = {}
        for cal in calibrations:
            self._by_sensor.setdefault(cal.sensor_id, []).append(cal)
        for cals in self._by_sensor.values():
            cals.sort(key=lambda c: c.valid_from)

    def offset_for(self, reading: Reading) -> float:
        current = 0.0
        for cal in self._by_sensor.get(reading.sensor_id, []):
            if cal.valid_from <= reading.taken_at:
                current = cal.offset
        return current

    def apply(self, reading: Reading) -> Reading:
        return reading.shifted(self.offset_for(reading))
