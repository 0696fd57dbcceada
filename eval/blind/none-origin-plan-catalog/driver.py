from fastapi.testclient import TestClient

from billing.api import app

client = TestClient(app)
print(client.get("/plans").json())
resp = client.post("/quotes", json={"plan": "team", "seats": 12, "annual": True})
print(resp.status_code, resp.json())
