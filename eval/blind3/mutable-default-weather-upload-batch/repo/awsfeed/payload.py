"""Group readings into batches and serialise them for the upload API."""

from __future__ import annotations

from collections.abc import Iterable

from awsfeed.batch import UploadBatch
from awsfeed.models import Reading
from awsfeed.validate import check_batch


def build_batches(readings: Iterable[Reading]) -> list[UploadBatch]:
    """One batch per station (split when full), in arrival order."""
    open_batches: dict[str, UploadBatch] = {}
    done: list[UploadBatch] = []
    for reading in readings:
        batch = open_batches.get(reading.station_id)
        if batch is None or batch.is_full():
            if batch is not None:
                done.append(batch)
            batch = UploadBatch(reading.station_id)
            open_batches[reading.station_id] = batch
        batch.add(reading)
    done.extend(open_batches.values())
    return done


def to_payload(batch: UploadBatch) -> dict:
    check_batch(batch)
    start, end = batch.window
    return {
        "station": batch.station_id,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "observations": [
            {"t": r.observed_at.isoformat(), "var": r.variable, "v": r.value, "qc": r.qc_flag}
            for r in batch.readings
        ],
    }
