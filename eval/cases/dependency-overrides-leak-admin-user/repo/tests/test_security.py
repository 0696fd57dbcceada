from fastapi.testclient import TestClient

from dashboard.auth import register_token
from dashboard.main import app

client = TestClient(app)


def test_reports_require_a_token():
    resp = client.get("/reports/signups")
    assert resp.status_code == 401


def test_analyst_token_cannot_read_revenue():
    register_token("tok-analyst", "ana", {"analyst"})
    resp = client.get("/reports/revenue", headers={"Authorization": "Bearer tok-analyst"})
    assert resp.status_code == 403
