"""Parse the scale tickets printed by the counter scale (one item per line)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

KARAT_RE = re.compile(r"\b(\d{1,2})\s*[kK]\b")
WEIGHT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*g\b")


class TicketFormatError(ValueError):
    pass


@dataclass(frozen=True)
class ScaleReading:
    ticket_no: str
    description: str
    karat: int
    gross_grams: Decimal
    tare_grams: Decimal


def _grams(field: str) -> Decimal:
    match = WEIGHT_RE.search(field)
    if match is None:
        raise TicketFormatError(f"no weight in {field!r}")
    return match.group(1)


def _karat(description: str) -> int:
    match = KARAT_RE.search(description)
    if match is None:
        raise TicketFormatError(f"no karat stamp in {description!r}")
    return int(match.group(1))


def parse_line(line: str) -> ScaleReading:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 4:
        raise TicketFormatError(f"expected 4 fields, got {len(parts)}: {line!r}")
    ticket_no, description, gross, tare = parts
    return ScaleReading(
        ticket_no=ticket_no,
        description=description,
        karat=_karat(description),
        gross_grams=_grams(gross),
        tare_grams=_grams(tare.removeprefix("tare")),
    )
