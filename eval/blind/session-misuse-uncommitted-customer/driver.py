from fastapi.testclient import TestClient

from crm.main import app

client = TestClient(app)
created = client.post("/customers", json={"name": "Nordwind AG", "credit_limit": "5000"})
print(created.status_code, created.json())
r = client.post(f"/customers/{created.json()['id']}/orders", json={"amount": "1200.00"})
print(r.status_code, r.json())
