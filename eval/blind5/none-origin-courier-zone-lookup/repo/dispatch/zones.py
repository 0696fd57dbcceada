"""Delivery zones and the postcode districts each one covers."""

from __future__ import annotations

import string
from dataclasses import dataclass


@dataclass(frozen=True)
class Zone:
    code: str
    name: str
    base_rate: float
    per_km: float
    max_riders: int


ZONES: dict[str, Zone] = {
    "central": Zone("central", "City & Clerkenwell", 6.50, 1.35, 14),
    "north": Zone("north", "Islington & Holloway", 5.75, 1.20, 9),
    "east": Zone("east", "Shoreditch & Hackney", 5.50, 1.15, 11),
}

# Postcode districts (outward code without the sub-district letter) per zone.
_DISTRICT_TO_ZONE: dict[str, str] = {
    "ec1": "central",
    "ec2": "central",
    "ec3": "central",
    "ec4": "central",
    "wc1": "central",
    "n1": "north",
    "n4": "north",
    "n5": "north",
    "n7": "north",
    "n19": "north",
    "e1": "east",
    "e2": "east",
    "e5": "east",
    "e8": "east",
    "e9": "east",
}

SERVICE_DISTRICTS = frozenset(_DISTRICT_TO_ZONE)


def outward_code(postcode: str) -> str:
    """'EC2A 4NE' -> 'EC2A'."""
    return postcode.strip().upper().split()[0]


def district_of(postcode: str) -> str:
    """'EC2A 4NE' -> 'EC2', 'N19 5JT' -> 'N19'."""
    return outward_code(postcode).rstrip(string.ascii_uppercase)


def is_serviceable(postcode: str) -> bool:
    return district_of(postcode).lower() in SERVICE_DISTRICTS


def zone_for_postcode(postcode: str) -> Zone | None:
    """The zone covering ``postcode``, or None when we don't ride there."""
    zone_code = _DISTRICT_TO_ZONE.get(district_of(postcode))
    if zone_code is None:
        return None
    return ZONES[zone_code]
