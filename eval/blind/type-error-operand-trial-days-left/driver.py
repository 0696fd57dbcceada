import warnings

from fastapi.testclient import TestClient

from subs.main import app

warnings.simplefilter("ignore", DeprecationWarning)
client = TestClient(app)
body = {"account_id": "acc_81", "plan": "pro", "started_at": "2024-06-01T10:00:00+02:00"}
print(client.put("/subscriptions/acc_81", json=body).status_code)
print(client.get("/subscriptions/acc_81/trial").json())
