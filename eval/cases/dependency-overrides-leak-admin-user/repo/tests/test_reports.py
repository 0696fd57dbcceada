from fastapi.testclient import TestClient

from dashboard.auth import User, get_current_user
from dashboard.main import app

client = TestClient(app)


def test_admin_sees_revenue():
    app.dependency_overrides[get_current_user] = lambda: User(name="ops", roles=frozenset({"admin"}))

    resp = client.get("/reports/revenue")

    assert resp.status_code == 200
    assert resp.json()["enterprise"] == 212_000


def test_signups_for_analyst():
    app.dependency_overrides[get_current_user] = lambda: User(name="ana", roles=frozenset({"analyst"}))

    resp = client.get("/reports/signups")

    assert resp.status_code == 200
    assert len(resp.json()) == 7
