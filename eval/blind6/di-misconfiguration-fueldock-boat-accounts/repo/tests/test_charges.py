from __future__ import annotations

from fastapi.testclient import TestClient


def test_charge_diesel_to_boat_account(client: TestClient) -> None:
    response = client.post("/accounts/Kittiwake/charges", json={"product": "diesel", "litres": "40.00"})
    assert response.status_code == 200
    body = response.json()
    assert body["amount"] == "75.60"
    assert body["balance"] == "75.60"


def test_unknown_vessel_is_404(client: TestClient) -> None:
    response = client.post("/accounts/Nobody/charges", json={"product": "petrol", "litres": "5"})
    assert response.status_code == 404
