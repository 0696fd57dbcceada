import pytest
from fastapi.testclient import TestClient

from helpdesk.auth import User, current_user
from helpdesk.main import app


@pytest.fixture
def admin_client():
    app.dependency_overrides[current_user] = lambda: User(name="root", role="admin")
    return TestClient(app)


def test_stats_for_admin(admin_client):
    resp = admin_client.get("/admin/stats")
    assert resp.json() == {"open": 1, "total": 2}
