"""Submission manifests sent by the labs."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Sample:
    sample_id: str
    organism: str
    concentration_ng_ul: float
    volume_ul: float


def read_manifest(path: Path) -> list[Sample]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [
            Sample(
                sample_id=row["sample_id"].strip(),
                organism=row.get("organism", "").strip() or "unknown",
                concentration_ng_ul=float(row["conc_ng_ul"]),
                volume_ul=float(row["volume_ul"]),
            )
            for row in csv.DictReader(fh)
        ]


def passing(samples: list[Sample], min_conc: float) -> tuple[list[Sample], list[Sample]]:
    ok = [s for s in samples if s.concentration_ng_ul >= min_conc]
    low = [s for s in samples if s.concentration_ng_ul < min_conc]
    return ok, low
