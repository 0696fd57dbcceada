"""Ask the fares API for a quote, the way the booking front end does."""

from __future__ import annotations

from fastapi.testclient import TestClient

from ferry_api.main import app

client = TestClient(app, raise_server_exceptions=True)
response = client.post(
    "/v1/quotes",
    json={"route": "mainland-isle", "passengers": 2, "vehicle_class": "car", "ticket": "flexi"},
)
print(response.status_code, response.json())
