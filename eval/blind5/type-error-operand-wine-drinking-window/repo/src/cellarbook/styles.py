"""How long each style usually needs before it is ready, and how long it keeps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AgeingProfile:
    years_to_open: int
    years_to_peak_end: int


PROFILES: dict[str, AgeingProfile] = {
    "sparkling": AgeingProfile(3, 12),
    "white-light": AgeingProfile(1, 4),
    "white-oaked": AgeingProfile(3, 10),
    "rose": AgeingProfile(0, 2),
    "red-light": AgeingProfile(2, 8),
    "red-structured": AgeingProfile(6, 20),
    "fortified": AgeingProfile(10, 40),
}

DEFAULT = AgeingProfile(2, 8)


def profile_for(style: str) -> AgeingProfile:
    return PROFILES.get(style, DEFAULT)
