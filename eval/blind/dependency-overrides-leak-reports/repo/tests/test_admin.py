from reports_api.app import REPORTS, app
from reports_api.auth import CurrentUser, get_current_user


def test_admin_can_delete_report(client):
    app.dependency_overrides[get_current_user] = lambda: CurrentUser("root", "admin")
    r = client.delete("/reports/churn")
    assert r.status_code == 204
    assert "churn" not in REPORTS


def test_analyst_cannot_delete(client):
    r = client.delete("/reports/q1-revenue", headers={"Authorization": "Bearer tok-analyst-1"})
    assert r.status_code in (401, 403)
