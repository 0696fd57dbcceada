"""Pick subsets of a night's frames."""

from __future__ import annotations

from collections.abc import Iterable

from nightlog.constants import CALIBRATION_TYPES, OBS_SCIENCE
from nightlog.normalize import LogEntry


def science_frames(entries: Iterable[LogEntry]) -> list[LogEntry]:
    return [e for e in entries if e.obs_type == OBS_SCIENCE and e.exptime_s > 0]


def calibration_frames(entries: Iterable[LogEntry]) -> list[LogEntry]:
    return [e for e in entries if e.obs_type in CALIBRATION_TYPES]


def with_seeing(entries: Iterable[LogEntry]) -> list[LogEntry]:
    return [e for e in entries if e.seeing_arcsec is not None]
