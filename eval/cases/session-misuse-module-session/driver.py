"""A reader subscribes twice (the second attempt is a 409), then the editor opens the list stats."""

from fastapi.testclient import TestClient

from newsletter.main import app

client = TestClient(app)
for attempt in range(2):
    r = client.post("/lists/python-weekly/subscribers", json={"email": "Ines@example.org"})
    print(r.status_code, r.json())
r = client.get("/lists/python-weekly/stats")
print(r.status_code, r.json())
