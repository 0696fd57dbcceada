from fastapi.testclient import TestClient

from support.api import app

client = TestClient(app)


def test_open_ticket():
    resp = client.post(
        "/tickets",
        json={"subject": " VPN down ", "body": "Since 9am", "reporter_email": "kai@corp.example"},
    )
    assert resp.status_code == 201
    assert resp.json()["subject"] == "VPN down"
