"""Turn punches into worked shifts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from payroll.punches import Punch

SITE_TZ = timezone(timedelta(hours=1), "CET")
MAX_SHIFT = timedelta(hours=14)


@dataclass(frozen=True)
class Shift:
    badge: str
    start: datetime
    end: datetime

    @property
    def work_date(self) -> date:
        return self.start.date()

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def _local(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, tz=SITE_TZ)


def pair_shifts(punches: Iterable[Punch]) -> tuple[list[Shift], list[Punch]]:
    """Pair each "in" with the next "out" of the same badge; return (shifts, unpaired)."""
    by_badge: dict[str, list[Punch]] = defaultdict(list)
    for p in sorted(punches):
        by_badge[p.badge].append(p)

    shifts: list[Shift] = []
    unpaired: list[Punch] = []
    for badge, seq in by_badge.items():
        open_in: Punch | None = None
        for p in seq:
            if p.direction == "in":
                if open_in is not None:
                    unpaired.append(open_in)
                open_in = p
                continue
            if open_in is None:
                unpaired.append(p)
                continue
            start, end = _local(open_in.at), _local(p.at)
            if end - start > MAX_SHIFT:
                unpaired.extend([open_in, p])
            else:
                shifts.append(Shift(badge, start, end))
            open_in = None
        if open_in is not None:
            unpaired.append(open_in)
    return shifts, unpaired
