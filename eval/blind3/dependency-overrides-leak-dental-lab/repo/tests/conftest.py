from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dentallab.auth import Role, Staff, current_staff
from dentallab.main import app

CROWN_ORDER = {
    "practice": "Harbour Dental",
    "patient_ref": "HD0457",
    "restoration": "crown",
    "teeth": [36],
    "shade": "A3",
    "due": "2026-12-01",
}


@pytest.fixture
def client():
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def manager_client(client):
    app.dependency_overrides[current_staff] = lambda: Staff(id=2, name="A. Okafor", role=Role.LAB_MANAGER)
    return client


@pytest.fixture
def tech_headers():
    return {"Authorization": "Bearer tok-tech-reyes"}


@pytest.fixture
def new_order(client, tech_headers):
    response = client.post("/orders", json=CROWN_ORDER, headers=tech_headers)
    assert response.status_code == 201
    return response.json()
