import logging

from fastapi.testclient import TestClient

from museum_events.app import app

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

with TestClient(app) as client:
    response = client.get("/whats-on")
    response.raise_for_status()
    for card in response.json()["events"]:
        print(card["starts_at"], card["title"])
