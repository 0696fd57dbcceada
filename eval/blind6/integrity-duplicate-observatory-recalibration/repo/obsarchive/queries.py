from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Reading, Sensor


def sensors_due_for_calibration(session: Session, since: datetime) -> list[Sensor]:
    """Sensors with at least one reading flagged as drifting since ``since``."""
    stmt = (
        select(Sensor)
        .join(Reading, Reading.sensor_id == Sensor.id)
        .where(Reading.flag == "drift", Reading.taken_at >= since)
        .order_by(Sensor.code)
    )
    return list(session.scalars(stmt))


def drift_pairs(session: Session, sensor: Sensor, since: datetime) -> list[tuple[float, float]]:
    stmt = select(Reading.value, Reading.reference).where(
        Reading.sensor_id == sensor.id,
        Reading.flag == "drift",
        Reading.taken_at >= since,
        Reading.reference.is_not(None),
    )
    return [(value, reference) for value, reference in session.execute(stmt)]
