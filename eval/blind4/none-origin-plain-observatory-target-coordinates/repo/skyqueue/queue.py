"""Order targets for the night: by priority, then by RA so the telescope sweeps west."""

from __future__ import annotations

from collections.abc import Iterable

from skyqueue.catalog import Target

SITE_LATITUDE_DEG = -29.26


def observable(target: Target, min_altitude_deg: float = 30.0) -> bool:
    """Crude check: can the target ever reach ``min_altitude_deg`` from the site?"""
    return 90.0 - abs(SITE_LATITUDE_DEG - target.dec_deg) >= min_altitude_deg


def build_queue(targets: Iterable[Target], lst_start_deg: float) -> list[Target]:
    usable = [t for t in targets if observable(t)]
    return sorted(usable, key=lambda t: (t.priority, (t.ra_deg - lst_start_deg) % 360))
