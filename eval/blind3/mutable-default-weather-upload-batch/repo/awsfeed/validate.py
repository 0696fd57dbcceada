"""Sanity checks run before anything leaves the station gateway."""

from __future__ import annotations

from awsfeed.batch import UploadBatch

LIMITS = {
    "t_air": (-60.0, 60.0),
    "rh": (0.0, 100.0),
    "p_stn": (500.0, 1100.0),
    "rain": (0.0, 300.0),
}


class BatchError(ValueError):
    pass


def check_batch(batch: UploadBatch) -> None:
    if not batch.readings:
        raise BatchError(f"empty batch for {batch.station_id}")
    for reading in batch.readings:
        if reading.station_id != batch.station_id:
            raise BatchError(
                f"reading from {reading.station_id} at {reading.observed_at:%Y-%m-%dT%H:%M} "
                f"in batch for {batch.station_id}"
            )
        low, high = LIMITS.get(reading.variable, (float("-inf"), float("inf")))
        if not low <= reading.value <= high and reading.qc_flag == 0:
            raise BatchError(f"{reading.variable}={reading.value} out of range at {batch.station_id}")
