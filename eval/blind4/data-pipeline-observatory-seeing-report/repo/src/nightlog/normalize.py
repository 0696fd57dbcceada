"""Normalise raw log records into ``LogEntry`` objects.

Two acquisition front-ends write the log (the old IRAF-era one and the new
Python one); they disagree on key spelling and on the case of OBSTYPE.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from nightlog.constants import SEEING_CEILING_ARCSEC


@dataclass(frozen=True)
class LogEntry:
    frame: str
    obs_type: str
    target: str
    start: datetime
    exptime_s: float
    airmass: float | None
    seeing_arcsec: float | None


def _seeing(raw: dict) -> float | None:
    value = raw.get("SEEING", raw.get("FWHM_ARCSEC"))
    if value in (None, "", "nan"):
        return None
    seeing = float(value)
    return seeing if 0 < seeing < SEEING_CEILING_ARCSEC else None


def canonical_entry(raw: dict) -> LogEntry:
    airmass = raw.get("AIRMASS")
    return LogEntry(
        frame=raw["FRAME"],
        obs_type=str(raw.get("OBSTYPE", "unknown")).strip().lower(),
        target=str(raw.get("OBJECT", "")).strip(),
        start=datetime.fromisoformat(raw["DATE-OBS"]),
        exptime_s=float(raw.get("EXPTIME", 0.0)),
        airmass=float(airmass) if airmass not in (None, "") else None,
        seeing_arcsec=_seeing(raw),
    )


def normalize(records) -> list[LogEntry]:
    return [canonical_entry(r) for r in records]
