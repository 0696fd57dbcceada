from __future__ import annotations

from cellarbook.inventory import Bottle
from cellarbook.styles import profile_for


def drinking_window(bottle: Bottle) -> tuple[int, int] | None:
    """First and last year the bottle should be opened, or None for non-vintage wine."""
    if bottle.vintage is None:
        return None
    profile = profile_for(bottle.style)
    opens = bottle.vintage + profile.years_to_open
    closes = bottle.vintage + profile.years_to_peak_end
    return opens, closes


def ready_to_drink(bottles: list[Bottle], year: int) -> list[tuple[Bottle, tuple[int, int] | None]]:
    ready = []
    for bottle in bottles:
        window = drinking_window(bottle)
        if window is None or window[0] <= year <= window[1]:
            ready.append((bottle, window))
    return ready


def past_peak(bottles: list[Bottle], year: int) -> list[Bottle]:
    return [b for b in bottles if (w := drinking_window(b)) is not None and w[1] < year]
