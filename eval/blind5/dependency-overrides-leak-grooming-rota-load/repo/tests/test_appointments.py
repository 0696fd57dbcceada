from __future__ import annotations

from datetime import date, time
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from salon.main import app
from salon.repository import get_appointment_repo


class InMemoryAppointments:
    """Stand-in for AppointmentRepository so booking tests don't need a database."""

    def __init__(self) -> None:
        self.items: list[SimpleNamespace] = []

    def list_for_day(self, day: date) -> list[SimpleNamespace]:
        return sorted((a for a in self.items if a.day == day), key=lambda a: a.start)

    def add(self, **fields: object) -> SimpleNamespace:
        appt = SimpleNamespace(id=len(self.items) + 1, **fields)
        self.items.append(appt)
        return appt


@pytest.fixture
def client() -> TestClient:
    app.dependency_overrides[get_appointment_repo] = InMemoryAppointments
    return TestClient(app)


def test_book_appointment(client: TestClient) -> None:
    resp = client.post(
        "/appointments",
        json={"dog_name": "Biscuit", "breed": "Cockapoo", "day": "2024-05-14", "start": "09:30", "groomer_id": 1},
    )
    assert resp.status_code == 201
    assert resp.json()["id"] == 1
    assert resp.json()["service"] == "full-groom"


def test_list_is_sorted_by_start(client: TestClient) -> None:
    repo = InMemoryAppointments()
    app.dependency_overrides[get_appointment_repo] = lambda: repo
    repo.add(dog_name="Pip", breed="Shih Tzu", day=date(2024, 5, 14), start=time(11, 0), groomer_id=2, service="bath")
    repo.add(dog_name="Moss", breed="Border Collie", day=date(2024, 5, 14), start=time(9, 0), groomer_id=1, service="full-groom")

    resp = client.get("/appointments", params={"day": "2024-05-14"})

    assert resp.status_code == 200
    assert [a["dog_name"] for a in resp.json()] == ["Moss", "Pip"]
