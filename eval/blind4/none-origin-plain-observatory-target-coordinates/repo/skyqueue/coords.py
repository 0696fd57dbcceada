"""Sexagesimal coordinate parsing (J2000)."""

from __future__ import annotations

import re

_DEC_RE = re.compile(r"([+-]?)(\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)")


def parse_ra(text: str) -> float:
    """Right ascension ``HH:MM:SS`` to degrees."""
    hours, minutes, seconds = re.fullmatch(r"(\d{2}):(\d{2}):(\d{2})", text.strip()).groups()
    return 15.0 * (int(hours) + int(minutes) / 60 + float(seconds) / 3600)


def parse_dec(text: str) -> float:
    """Declination ``[+-]DD:MM:SS[.s]`` to degrees."""
    match = _DEC_RE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"bad declination {text!r}")
    sign, degrees, minutes, seconds = match.groups()
    value = int(degrees) + int(minutes) / 60 + float(seconds) / 3600
    return -value if sign == "-" else value


def format_ra(degrees: float) -> str:
    total = degrees / 15.0 * 3600
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:05.2f}"
