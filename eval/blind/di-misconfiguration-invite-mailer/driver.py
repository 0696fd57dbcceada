from fastapi.testclient import TestClient

from app.main import app

with TestClient(app) as client:
    print(client.get("/health").json())
    r = client.post("/teams/platform/invites", json={"email": "Dana@Example.com"})
    print(r.status_code, r.json())
