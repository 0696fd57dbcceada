from fastapi.testclient import TestClient

from apikeys.main import app
from apikeys.store import keys

client = TestClient(app)


def test_missing_key_is_rejected():
    assert client.get("/v1/metrics").status_code == 401


def test_key_with_scope_can_read_metrics():
    token = keys.issue("acme", {"metrics:read"})
    resp = client.get("/v1/metrics", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 200
    assert resp.json()["owner"] == "acme"
