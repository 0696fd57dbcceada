"""Read helpers for visit history."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Patient, Visit


def get_patient(db: Session, patient_id: int) -> Patient | None:
    return db.get(Patient, patient_id)


def last_completed_visit(db: Session, patient_id: int) -> Visit | None:
    """Most recent finished visit, i.e. the last one with a recorded weight."""
    stmt = (
        select(Visit)
        .where(Visit.patient_id == patient_id)
        .where(Visit.status == "completed")
        .order_by(Visit.started_at.desc())
        .limit(1)
    )
    return db.scalars(stmt).first()
