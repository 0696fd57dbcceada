"""Ask the quote API for an offer on a pledged guitar, as the counter tablet does."""
from fastapi.testclient import TestClient

from pawnapi.main import app

with TestClient(app, raise_server_exceptions=True) as client:
    reply = client.post(
        "/offers",
        json={"category": "guitar", "model": "Fender Player Stratocaster", "condition": "good", "serial": "MX21048817"},
    )
    print(reply.status_code, reply.json())
