"""Replay a ParcelNet webhook against the app with TestClient."""

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app, raise_server_exceptions=True)
resp = client.post(
    "/webhooks/parcelnet",
    json={"shipment": {"id": "PN4481902"}, "code": "IT", "ts": 1767004800, "facility": "Leipzig Hub"},
)
print(resp.status_code, resp.json())
