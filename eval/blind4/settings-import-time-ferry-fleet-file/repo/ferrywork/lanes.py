"""Pack booked vehicles into the lanes of a vehicle deck."""

from __future__ import annotations

import math

from ferrywork.settings import get_settings

LANE_WIDTH_M = get_settings().lane_width_m


def lane_count(deck_width_m: float) -> int:
    return math.floor(deck_width_m / LANE_WIDTH_M)


def pack(lengths: list[float], deck_width_m: float, deck_length_m: float, gap_m: float) -> list[list[float]]:
    """First-fit-decreasing packing of vehicle lengths into lanes."""
    lanes: list[list[float]] = [[] for _ in range(lane_count(deck_width_m))]
    for length in sorted(lengths, reverse=True):
        for lane in lanes:
            used = sum(lane) + gap_m * len(lane)
            if used + length <= deck_length_m:
                lane.append(length)
                break
        else:
            raise OverflowError(f"no lane left for a {length} m vehicle")
    return lanes
