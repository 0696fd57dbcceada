from fastapi.testclient import TestClient

from hooks.api import app

client = TestClient(app)
r = client.post("/webhooks/test", json={"url": "https://hooks.example.com/in"})
print(r.status_code, r.json())
