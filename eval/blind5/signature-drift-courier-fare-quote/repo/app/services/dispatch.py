"""Job intake: price the job and put it on the dispatch board."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal

from app.schemas import JobIn
from app.services.fares import quote_fare


@dataclass
class BoardJob:
    id: int
    customer_ref: str
    zone_code: str
    fare: Decimal
    status: str = "open"
    rider_id: int | None = None


class DispatchBoard:
    def __init__(self) -> None:
        self._jobs: dict[int, BoardJob] = {}
        self._ids = itertools.count(1)

    def open_jobs(self, zone_code: str | None = None) -> list[BoardJob]:
        return [
            job
            for job in self._jobs.values()
            if job.status == "open" and (zone_code is None or job.zone_code == zone_code)
        ]

    def post(self, payload: JobIn) -> BoardJob:
        fare = quote_fare(payload.zone_code, payload.distance_km, express=payload.express, at=payload.ready_at)
        job = BoardJob(next(self._ids), payload.customer_ref, payload.zone_code, fare)
        self._jobs[job.id] = job
        return job


board = DispatchBoard()


def get_board() -> DispatchBoard:
    return board
