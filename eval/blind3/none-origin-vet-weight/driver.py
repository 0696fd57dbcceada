"""Seed a throwaway database and ask for a dose quote."""
from __future__ import annotations

from datetime import datetime

from fastapi.testclient import TestClient

from db import Base, SessionLocal, engine
from main import app
from models import Patient, Visit, VisitStatus

Base.metadata.create_all(engine)
with SessionLocal() as s:
    rex = Patient(name="Rex", species="dog", owner_name="J. Moreau")
    s.add(rex)
    s.flush()
    s.add_all([
        Visit(patient_id=rex.id, status=VisitStatus.CLOSED, started_at=datetime(2026, 3, 2, 9, 30), weight_kg=31.4),
        Visit(patient_id=rex.id, status=VisitStatus.SCHEDULED, started_at=datetime(2026, 11, 30, 14, 0)),
    ])
    s.commit()

client = TestClient(app, raise_server_exceptions=True)
print(client.get("/health").json())
client.get("/patients/1/dose", params={"drug": "meloxicam"})
