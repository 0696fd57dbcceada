from fastapi.testclient import TestClient

from travel.main import app

with TestClient(app) as client:
    client.get("/trips/oslo/packing", params={"nights": 4})
