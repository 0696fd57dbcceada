import pytest
from fastapi.testclient import TestClient

from gym.main import app


@pytest.fixture
def client():
    with TestClient(app) as c:
        yield c


def test_create_and_read_member(client):
    created = client.post("/members", json={"full_name": "Ada Król", "email": "ada@example.com"})
    assert created.status_code == 201
    member_id = created.json()["id"]
    assert client.get(f"/members/{member_id}").json()["full_name"] == "Ada Król"


def test_cancelled_member_is_gone(client):
    created = client.post("/members", json={"full_name": "Tom Ruiz", "email": "tom@example.com"})
    member_id = created.json()["id"]
    assert client.delete(f"/members/{member_id}").status_code == 204

    resp = client.get(f"/members/{member_id}")

    assert resp.status_code == 404
