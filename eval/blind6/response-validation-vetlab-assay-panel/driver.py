from fastapi.testclient import TestClient

from vetlab.main import app

client = TestClient(app, raise_server_exceptions=True)
assert client.get("/health").status_code == 200
resp = client.get("/samples/VS-24-00871/panels/renal")
print(resp.status_code, resp.json())
