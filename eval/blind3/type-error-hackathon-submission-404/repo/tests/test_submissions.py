import pytest
from fastapi.testclient import TestClient

from hackjudge.main import app

ENTRY = {
    "title": "FloodWatch",
    "repo_url": "https://github.com/example/floodwatch",
    "track": "climate",
    "members": ["ines", "tomas", "yuki"],
}


@pytest.fixture
def client():
    with TestClient(app) as c:
        yield c


def test_submit_and_fetch(client):
    assert client.put("/teams/4/submission", json=ENTRY).status_code == 200
    body = client.get("/teams/4/submission").json()
    assert body["title"] == "FloodWatch"
    assert body["team_id"] == 4


def test_rejects_unknown_track(client):
    response = client.put("/teams/4/submission", json={**ENTRY, "track": "gaming"})
    assert response.status_code == 422


def test_missing_submission_is_404(client):
    response = client.get("/teams/9/submission")
    assert response.status_code == 404
    assert "has not submitted" in response.json()["detail"]
