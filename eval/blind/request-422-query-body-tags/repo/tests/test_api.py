from fastapi.testclient import TestClient

from kanban.main import app

client = TestClient(app)


def test_create_card_without_tags():
    r = client.post("/cards", json={"title": "Write release notes"})
    assert r.status_code == 201


def test_create_tag_then_use_it():
    r = client.post("/tags", json={"name": "bug", "color": "red"})
    assert r.status_code == 201, r.json()
    tag_id = r.json()["id"]
    r = client.post("/cards", json={"title": "Fix login", "tags": [tag_id]})
    assert r.status_code == 201
