"""Hand the oldest open job in a zone to the closest free rider."""

from __future__ import annotations

import math

from sqlalchemy import select
from sqlalchemy.orm import Session

from spokes.models import Job, Rider, Zone
from spokes.riders import available_riders

EARTH_RADIUS_KM = 6371.0


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def pickup_distance(rider: Rider, job: Job) -> float:
    if rider.last_lat is None or rider.last_lon is None:
        return math.inf
    return _haversine_km(rider.last_lat, rider.last_lon, job.pickup_lat, job.pickup_lon)


def oldest_open_job(session: Session, zone_code: str) -> Job | None:
    stmt = (
        select(Job)
        .join(Zone, Job.zone_id == Zone.id)
        .where(Zone.code == zone_code, Job.status == "open")
        .order_by(Job.created_at)
        .limit(1)
    )
    return session.scalars(stmt).first()


def assign_next_job(session: Session, zone_code: str) -> tuple[Job, Rider] | None:
    job = oldest_open_job(session, zone_code)
    if job is None:
        return None
    riders = available_riders(zone_code)
    if not riders:
        return None
    best = min(riders, key=lambda rider: pickup_distance(rider, job))
    rider = session.merge(best)
    job.status = "assigned"
    job.rider_id = rider.id
    rider.current_job_id = job.id
    session.flush()
    return job, rider
