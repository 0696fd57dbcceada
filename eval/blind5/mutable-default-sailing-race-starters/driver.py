"""Race officer publishes the first two races of the series, one after the other."""

from __future__ import annotations

from fastapi.testclient import TestClient

from regatta.api import app

client = TestClient(app)
for race_id in (1, 2):
    response = client.post(f"/races/{race_id}/results")
    print(race_id, response.status_code, response.json()["results"][0])
