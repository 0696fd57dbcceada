from __future__ import annotations

from datetime import datetime

from .domain import Slot


def slot_window(slot: Slot) -> tuple[datetime, datetime]:
    """Opening and closing time of a collection slot."""
    ends_at = slot.starts_at + slot.duration_minutes
    return slot.starts_at, ends_at


def overlaps(a: Slot, b: Slot) -> bool:
    a_start, a_end = slot_window(a)
    b_start, b_end = slot_window(b)
    return a.site == b.site and a_start < b_end and b_start < a_end
