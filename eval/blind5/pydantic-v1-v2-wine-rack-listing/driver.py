"""Seed a rack with two bottles through the API, then list the rack."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.main import app

with TestClient(app) as client:
    for payload in (
        {"rack": "B", "slot": "B3", "producer": "Château Musar", "wine": "Rouge", "vintage": 2004},
        {"rack": "B", "slot": "B1", "producer": "López de Heredia", "wine": "Viña Tondonia Reserva",
         "vintage": 2010, "quantity": 2},
    ):
        response = client.post("/racks/bottles", json=payload)
        response.raise_for_status()
    print(client.get("/racks/b").json())
