"""Sign in, then fetch the profile; print what the server answered."""
from fastapi.testclient import TestClient

from main import app

with TestClient(app) as client:
    client.post("/login", json={"email": "ada@example.com", "password": "correct horse"})
    resp = client.get("/me")
    print(resp.status_code, resp.json())
