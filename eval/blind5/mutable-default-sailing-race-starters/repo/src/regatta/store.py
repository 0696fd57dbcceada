"""The race officer's sheets for the current series (loaded from the club's tablet export)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from regatta.fleet import Entry


@dataclass(frozen=True)
class Finish:
    sail_number: str
    finished_at: datetime | None
    status: str = "OK"


@dataclass
class Race:
    id: int
    name: str
    start: datetime
    entries: list[Entry]
    finishes: dict[str, Finish] = field(default_factory=dict)


def _finishes(*records: Finish) -> dict[str, Finish]:
    return {record.sail_number: record for record in records}


RACES: dict[int, Race] = {
    1: Race(
        id=1,
        name="Spring Series R1",
        start=datetime(2024, 4, 7, 10, 30),
        entries=[
            Entry("GBR 1402", "H. Acland", "Solo", 1142),
            Entry("GBR 211", "R. Tamsin", "RS200", 1046),
            Entry("GBR 3318", "D. Okafor", "Laser Radial", 1147, started=False),
        ],
        finishes=_finishes(
            Finish("GBR 1402", datetime(2024, 4, 7, 11, 24, 10)),
            Finish("GBR 211", datetime(2024, 4, 7, 11, 19, 45)),
        ),
    ),
    2: Race(
        id=2,
        name="Spring Series R2",
        start=datetime(2024, 4, 14, 10, 30),
        entries=[
            Entry("GBR 211", "R. Tamsin", "RS200", 1046),
            Entry("GBR 3318", "D. Okafor", "Laser Radial", 1147),
            Entry("GBR 88", "P. Lindqvist", "Wayfarer", 1102),
        ],
        finishes=_finishes(
            Finish("GBR 211", datetime(2024, 4, 14, 11, 22, 3)),
            Finish("GBR 3318", datetime(2024, 4, 14, 11, 26, 40)),
            Finish("GBR 88", None, status="DNF"),
        ),
    ),
}
