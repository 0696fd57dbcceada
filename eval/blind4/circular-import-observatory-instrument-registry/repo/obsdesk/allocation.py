"""Split the semester's nights between proposals according to TAC grades."""

from __future__ import annotations

from obsdesk.constants import ENGINEERING_FRACTION, SEMESTER_NIGHTS
from obsdesk.instruments import INSTRUMENTS, overhead_minutes
from obsdesk.schemas import Allocation, Proposal

HOURS_PER_NIGHT = 9.5
GRADE_WEIGHT = {"A": 1.0, "B": 0.7, "C": 0.4}


def requested_hours(proposal: Proposal) -> float:
    overhead = sum(overhead_minutes(b.instrument, b.exposures) for b in proposal.blocks) / 60
    exposure = sum(b.exposures * b.exposure_s for b in proposal.blocks) / 3600
    return round(exposure + overhead, 2)


def allocate_semester(proposals: list[Proposal]) -> list[Allocation]:
    available = SEMESTER_NIGHTS * HOURS_PER_NIGHT * (1 - ENGINEERING_FRACTION)
    ranked = sorted(proposals, key=lambda p: (-GRADE_WEIGHT[p.grade], p.code))
    allocations: list[Allocation] = []
    for proposal in ranked:
        unavailable = [b.instrument for b in proposal.blocks if not INSTRUMENTS[b.instrument].available]
        if unavailable:
            allocations.append(Allocation(code=proposal.code, hours=0.0, note=f"unavailable: {unavailable}"))
            continue
        hours = min(requested_hours(proposal) * GRADE_WEIGHT[proposal.grade], available)
        available -= hours
        allocations.append(Allocation(code=proposal.code, hours=round(hours, 2)))
    return allocations
