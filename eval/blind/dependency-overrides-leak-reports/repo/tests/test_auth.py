def test_reports_require_token(client):
    r = client.get("/reports")
    assert r.status_code == 401


def test_reports_with_valid_token(client):
    r = client.get("/reports", headers={"Authorization": "Bearer tok-analyst-1"})
    assert r.status_code == 200
