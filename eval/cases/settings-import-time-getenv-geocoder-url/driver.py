"""Ask the store finder for stores near an address, through TestClient."""

from fastapi.testclient import TestClient

from storefinder.main import app

client = TestClient(app)
print(client.get("/stores/nearby", params={"address": "Rua Augusta 100, Lisboa"}).json())
