from fastapi.testclient import TestClient

from searchsvc.api import app

client = TestClient(app)


def test_healthz():
    assert client.get("/healthz").json() == {"status": "ok"}


def test_search_finds_lamps():
    resp = client.get("/search", params={"q": "lamp"})
    assert resp.status_code == 200, resp.text
    assert [hit["id"] for hit in resp.json()] == ["p-1", "p-2"]
