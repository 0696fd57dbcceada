from fastapi.testclient import TestClient

from helpdesk.main import app

client = TestClient(app)


def test_tickets_require_token():
    assert client.get("/tickets").status_code == 401


def test_stats_forbidden_for_agents():
    resp = client.get("/admin/stats", headers={"Authorization": "Bearer t-agent-1"})
    assert resp.status_code == 403
