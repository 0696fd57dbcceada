from __future__ import annotations

from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from app.deps import get_booking_service
from app.main import app

VISIT = "2026-12-05"


@pytest.fixture
def client():
    get_booking_service.cache_clear()
    with TestClient(app) as test_client:
        yield test_client


def book(client: TestClient, exhibition_id: int, visit_date: str, **payload) -> dict:
    response = client.post(f"/exhibitions/{exhibition_id}/bookings/{visit_date}", json=payload)
    response.raise_for_status()
    return response.json()


def test_slot_starts_with_full_capacity(client):
    response = client.get(f"/exhibitions/7/slots/{VISIT}/10:30")
    assert response.status_code == 200
    assert response.json() == {"remaining": 40}


def test_booking_family_ticket(client):
    confirmation = book(client, 7, VISIT, slot_start="10:30", adults=2, concessions=2)
    assert confirmation["tickets"] == 4
    assert Decimal(confirmation["total"]) == Decimal("60.00")
    remaining = client.get(f"/exhibitions/7/slots/{VISIT}/10:30").json()["remaining"]
    assert remaining == 36
