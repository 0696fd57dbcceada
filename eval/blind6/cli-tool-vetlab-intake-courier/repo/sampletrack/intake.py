"""Register incoming samples and work out when each one should reach the bench."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sampletrack.couriers import display_name, expected_arrival
from sampletrack.parsing import ManifestRow

ASSAY_STABILITY_HOURS = {"cbc": 24, "biochem": 48, "urinalysis": 12, "pcr": 72}


@dataclass(frozen=True)
class IntakeRecord:
    accession: str
    sample_id: str
    assay: str
    courier_name: str
    due_at: datetime
    at_risk: bool


def accession_number(clinic: str, index: int) -> str:
    return f"{clinic.upper()}-{index:05d}"


def register(rows: list[ManifestRow], clinic: str) -> list[IntakeRecord]:
    records = []
    for index, row in enumerate(rows, start=1):
        due_at = expected_arrival(row.courier, row.dispatched_at)
        stability = ASSAY_STABILITY_HOURS.get(row.assay, 24)
        hours_in_transit = (due_at - row.dispatched_at).total_seconds() / 3600
        records.append(
            IntakeRecord(
                accession=accession_number(clinic, index),
                sample_id=row.sample_id,
                assay=row.assay,
                courier_name=display_name(row.courier),
                due_at=due_at,
                at_risk=hours_in_transit > stability,
            )
        )
    return records
