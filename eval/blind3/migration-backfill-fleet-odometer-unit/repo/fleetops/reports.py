"""Service-due report for the morning depot briefing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fleetops.models import Vehicle

SERVICE_INTERVAL_KM = 15_000
KM_PER_UNIT = {"km": 1.0, "mi": 1.609344}


@dataclass(frozen=True)
class DueLine:
    plate: str
    make: str
    km_since_service: int
    overdue: bool


def km_since_service(vehicle: Vehicle) -> int:
    factor = KM_PER_UNIT[vehicle.odometer_unit]
    return round((vehicle.odometer - vehicle.last_service_odometer) * factor)


def service_due(session: Session, threshold: float = 0.9) -> list[DueLine]:
    lines = []
    for vehicle in session.scalars(select(Vehicle).order_by(Vehicle.plate)):
        distance = km_since_service(vehicle)
        if distance >= SERVICE_INTERVAL_KM * threshold:
            lines.append(DueLine(vehicle.plate, vehicle.make, distance, distance >= SERVICE_INTERVAL_KM))
    return lines
