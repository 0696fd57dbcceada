from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from honeyco.app import create_app


@pytest.fixture
def client(tmp_path: Path):
    app = create_app(f"sqlite+aiosqlite:///{tmp_path / 'honey.db'}")
    with TestClient(app) as client:
        yield client


def test_create_batch(client: TestClient) -> None:
    response = client.post(
        "/batches",
        json={
            "code": "2026-HL03",
            "apiary": "Hollow Lane",
            "floral_source": "heather",
            "extracted_on": "2026-08-28",
            "moisture_pct": 17.8,
        },
    )
    assert response.status_code == 201


def test_label_for_heather_batch(client: TestClient) -> None:
    client.post(
        "/batches",
        json={
            "code": "2026-HL04",
            "apiary": "Hollow Lane",
            "floral_source": " heather ",
            "extracted_on": "2026-09-02",
            "moisture_pct": 18.1,
        },
    )
    response = client.get("/batches/2026-HL04/label")
    assert response.status_code == 200
    assert response.json() == {
        "title": "Heather Honey",
        "origin": "Produced by Upland Beekeepers' Co-operative, Hollow Lane",
        "lot": "L2026-HL04",
        "best_before": "2028-09-01",
    }
