"""Shapes shared by the gate readers and the reports."""

from __future__ import annotations

from datetime import datetime
from typing import TypedDict


class ScanRow(TypedDict):
    pass_no: str
    lift_id: str
    scanned_at: datetime
    accepted: bool


LIFTS = {
    "CH1": "Bergkamm chair",
    "CH2": "Lärchenwald chair",
    "GN1": "Gipfel gondola",
    "TB1": "Kinderland T-bar",
}
