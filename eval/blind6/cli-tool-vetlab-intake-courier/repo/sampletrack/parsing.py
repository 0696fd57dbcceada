"""Read the pickup manifests clinics upload with their samples."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

TIMESTAMP_FORMAT = "%d/%m/%Y %H:%M"


@dataclass(frozen=True)
class ManifestRow:
    sample_id: str
    species: str
    assay: str
    courier: str
    dispatched_at: datetime


class ManifestError(ValueError):
    pass


def _row(raw: dict[str, str], line_no: int) -> ManifestRow:
    try:
        return ManifestRow(
            sample_id=raw["sample_id"].strip(),
            species=raw["species"].strip().lower(),
            assay=raw["assay"].strip().lower(),
            courier=raw["courier"].strip().upper().replace(" ", "-"),
            dispatched_at=datetime.strptime(raw["dispatched_at"].strip(), TIMESTAMP_FORMAT),
        )
    except (KeyError, ValueError) as exc:
        raise ManifestError(f"line {line_no}: {exc}") from exc


def read_manifest(path: Path) -> list[ManifestRow]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return [_row(raw, n) for n, raw in enumerate(reader, start=2)]
