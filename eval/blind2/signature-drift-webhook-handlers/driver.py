from fastapi.testclient import TestClient

from payhooks.app import app

client = TestClient(app)
client.post("/webhooks/payments", json={"type": "charge.succeeded", "data": {"id": "ch_1", "amount": 4200}})
client.post("/webhooks/payments", json={"type": "refund.created", "data": {"id": "re_9", "charge": "ch_1"}})
