from fastapi.testclient import TestClient

from app.main import app
from app.mailer import OUTBOX

client = TestClient(app)


def test_topics():
    assert client.get("/contact/topics").json() == ["billing", "bug", "account", "other"]


def test_submit_contact_queues_mail():
    OUTBOX.clear()
    resp = client.post(
        "/contact",
        data={"name": "Iris", "email": "Iris@Example.org", "topic": "billing", "message": "Charged twice in May."},
    )
    assert resp.status_code == 202
    assert OUTBOX[0].email == "iris@example.org"
