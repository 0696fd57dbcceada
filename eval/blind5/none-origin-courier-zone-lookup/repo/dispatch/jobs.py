"""Courier jobs: creation and pricing."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime

from dispatch.pricing import Quote, quote
from dispatch.zones import zone_for_postcode

_ids = itertools.count(1001)


@dataclass
class Job:
    pickup_postcode: str
    dropoff_postcode: str
    distance_km: float
    express: bool = False
    id: int = field(default_factory=lambda: next(_ids))
    created_at: datetime = field(default_factory=datetime.now)
    quote: Quote | None = None


class OutOfAreaError(ValueError):
    """A pickup or drop-off postcode outside every zone."""


def price_job(job: Job) -> Quote:
    pickup = zone_for_postcode(job.pickup_postcode)
    dropoff = zone_for_postcode(job.dropoff_postcode)
    job.quote = quote(pickup, dropoff, job.distance_km, express=job.express)
    return job.quote
