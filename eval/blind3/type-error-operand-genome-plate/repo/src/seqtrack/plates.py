"""Assign samples to wells of 96/384-well plates."""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass

from seqtrack.config import PlateSettings


@dataclass(frozen=True)
class WellAssignment:
    plate: str
    well: str
    content: str


def well_name(index: int, settings: PlateSettings) -> str:
    """Zero-based position on a plate -> ``A1``-style well name."""
    if settings.fill == "row":
        row, col = divmod(index, settings.columns)
    else:
        col, row = divmod(index, settings.rows)
    return f"{string.ascii_uppercase[row]}{col + 1}"


def layout(sample_ids: Sequence[str], settings: PlateSettings, prefix: str) -> list[WellAssignment]:
    """Fill plates in order, reserving the last wells of each plate for controls."""
    capacity = settings.rows * settings.columns
    usable = capacity - len(settings.controls)
    if usable <= 0:
        raise ValueError("plate has no room for samples")
    out: list[WellAssignment] = []
    for start in range(0, len(sample_ids), usable):
        plate = f"{prefix}-P{start // usable + 1:02d}"
        chunk = sample_ids[start : start + usable]
        for idx, sid in enumerate(chunk):
            out.append(WellAssignment(plate, well_name(idx, settings), sid))
        for offset, control in enumerate(settings.controls):
            out.append(WellAssignment(plate, well_name(usable + offset, settings), control))
    return out
