"""Coordinate parsing for station headers.

Loggers from different vendors write coordinates differently: plain signed
decimal degrees (``47.4779``), decimal degrees with a hemisphere letter
(``47.4779N``, ``8.5362 E``) or degrees/minutes (``47 28.67N``).
"""

from __future__ import annotations

import re

_HEMISPHERE = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*([NSEW])$", re.IGNORECASE)
_DEG_MIN = re.compile(r"^([0-9]+)\s+([0-9]+(?:\.[0-9]+)?)\s*([NSEW])$", re.IGNORECASE)


def _signed(value: float, hemisphere: str) -> float:
    return -value if hemisphere.upper() in ("S", "W") else value


def parse_coordinate(text: str) -> float | None:
    """Parse one coordinate into signed decimal degrees, or None when the field is blank."""
    text = text.strip()
    if not text or text in ("-", "NA"):
        return None
    try:
        return float(text)
    except ValueError:
        pass

    m = _DEG_MIN.match(text)
    if m:
        degrees, minutes, hemi = int(m.group(1)), float(m.group(2)), m.group(3)
        return _signed(degrees + minutes / 60.0, hemi)

    m = _HEMISPHERE.match(text)
    if not m:
        raise ValueError(f"unrecognised coordinate: {text!r}")
    value = float(m.group(1))
    if m.group(2).upper() in ("S", "W"):
        return -value
