from fastapi.testclient import TestClient

from community.api import app

client = TestClient(app)
client.get("/members/grace")
