from __future__ import annotations

from dataclasses import dataclass

from regatta.fleet import starters
from regatta.handicap import corrected_seconds, format_duration
from regatta.store import Race


@dataclass(frozen=True)
class Placing:
    position: int | None
    sail_number: str
    helm: str
    elapsed: str | None
    corrected: str | None
    status: str


def score_race(race: Race) -> list[Placing]:
    """Order the fleet on corrected time; boats that did not finish go last with their status."""
    timed: list[tuple[float, float, str, str]] = []
    retired: list[Placing] = []
    for boat in starters(race.entries):
        record = race.finishes[boat.sail_number]
        if record.finished_at is None:
            retired.append(Placing(None, boat.sail_number, boat.helm, None, None, record.status))
            continue
        elapsed = (record.finished_at - race.start).total_seconds()
        timed.append((corrected_seconds(elapsed, boat.py_number), elapsed, boat.sail_number, boat.helm))
    timed.sort()
    placings = [
        Placing(pos, sail, helm, format_duration(elapsed), format_duration(corrected), "OK")
        for pos, (corrected, elapsed, sail, helm) in enumerate(timed, start=1)
    ]
    return placings + retired
