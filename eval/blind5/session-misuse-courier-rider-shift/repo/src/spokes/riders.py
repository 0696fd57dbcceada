"""Rider queries and shift changes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from spokes.db import session_scope
from spokes.models import Rider, Zone


def get_rider(session: Session, callsign: str) -> Rider | None:
    return session.scalars(select(Rider).where(Rider.callsign == callsign)).first()


def start_shift(session: Session, rider: Rider, lat: float, lon: float, at: datetime) -> None:
    rider.on_shift = True
    rider.shift_started_at = at
    rider.last_lat, rider.last_lon = lat, lon


def end_shift(session: Session, rider: Rider) -> None:
    if rider.current_job_id is not None:
        raise ValueError(f"{rider.callsign} is still carrying job {rider.current_job_id}")
    rider.on_shift = False


def available_riders(zone_code: str) -> list[Rider]:
    """Riders on shift in ``zone_code`` and not carrying a job, longest on shift first."""
    with session_scope() as session:
        stmt = (
            select(Rider)
            .join(Rider.zone)
            .where(Zone.code == zone_code, Rider.on_shift.is_(True), Rider.current_job_id.is_(None))
            .order_by(Rider.shift_started_at)
        )
        return list(session.scalars(stmt))
