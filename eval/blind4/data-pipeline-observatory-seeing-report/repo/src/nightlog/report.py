"""Morning report: what the night delivered."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path

from nightlog.ingest import read_log
from nightlog.normalize import LogEntry, normalize
from nightlog.select import calibration_frames, science_frames, with_seeing


@dataclass(frozen=True)
class NightSummary:
    night: str
    science_frames: int
    calibration_frames: int
    open_shutter_hours: float
    median_seeing_arcsec: float
    targets: tuple[str, ...]


def summarize_night(night: str, entries: list[LogEntry]) -> NightSummary:
    science = science_frames(entries)
    seeing = [e.seeing_arcsec for e in with_seeing(science)]
    return NightSummary(
        night=night,
        science_frames=len(science),
        calibration_frames=len(calibration_frames(entries)),
        open_shutter_hours=round(sum(e.exptime_s for e in science) / 3600, 2),
        median_seeing_arcsec=round(statistics.median(seeing), 2),
        targets=tuple(sorted({e.target for e in science})),
    )


def build_report(log_path: Path) -> NightSummary:
    night = log_path.stem.removeprefix("night_")
    return summarize_night(night, normalize(read_log(log_path)))
