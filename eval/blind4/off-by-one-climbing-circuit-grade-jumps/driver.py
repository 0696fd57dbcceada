from fastapi.testclient import TestClient

from gradebook.api import app

with TestClient(app) as client:
    assert client.get("/circuits").json() == ["purple", "yellow"]
    print(client.get("/circuits/purple/profile").json())
