from fastapi.testclient import TestClient

from library.web import app

with TestClient(app) as client:
    r = client.post("/loans", json={"isbn": "9781492056355", "member": "m-0042"})
    print(r.status_code, r.json())
