from fastapi.testclient import TestClient

from helpdesk.main import app

client = TestClient(app)


def test_open_ticket():
    resp = client.post("/tickets", json={"subject": "VPN down", "requester": "ana@example.com"})
    assert resp.status_code == 201
    assert resp.json()["status"] == "open"


def test_add_note_to_ticket():
    ticket = client.post("/tickets", json={"subject": "Printer jam", "requester": "bo@example.com"}).json()

    resp = client.post(
        f"/tickets/{ticket['id']}/notes",
        json={"author": "support", "body": "Restarted the spooler, please retry."},
    )

    assert resp.status_code == 201, resp.json()
    assert resp.json()["author"] == "support"
