"""API schemas for the sample tracking service."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class AssayReading(BaseModel):
    analyte: str
    value: float
    unit: str
    flagged: bool = False


class AssayPanelOut(BaseModel):
    sample_id: str
    panel: str
    species: str
    completed_at: datetime | None = None
    readings: list[AssayReading]
