from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from salon.database import Base, get_db
from salon.main import app
from salon.models import Appointment, Groomer


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    engine = create_engine(f"sqlite:///{tmp_path / 'salon.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        ana = Groomer(name="Ana", max_dogs_per_day=5)
        tom = Groomer(name="Tom", max_dogs_per_day=4)
        db.add_all([ana, tom])
        db.flush()
        db.add_all(
            [
                Appointment(dog_name="Rolo", breed="Poodle", day=date(2024, 5, 14), start=time(9, 0), groomer_id=ana.id),
                Appointment(dog_name="Fern", breed="Schnauzer", day=date(2024, 5, 14), start=time(10, 30), groomer_id=ana.id),
                Appointment(dog_name="Ziggy", breed="Westie", day=date(2024, 5, 15), start=time(9, 0), groomer_id=tom.id),
            ]
        )
        db.commit()

    def override_get_db() -> Iterator[Session]:
        with Session(engine) as session:
            yield session

    app.dependency_overrides[get_db] = override_get_db
    yield TestClient(app)
    app.dependency_overrides.clear()
    engine.dispose()


def test_rota_counts_bookings_per_groomer(client: TestClient) -> None:
    resp = client.get("/rota/2024-05-14")

    assert resp.status_code == 200
    assert resp.json() == [
        {"groomer_id": 1, "name": "Ana", "booked": 2, "capacity": 5, "free": 3},
        {"groomer_id": 2, "name": "Tom", "booked": 0, "capacity": 4, "free": 4},
    ]
