"""What the truck tablet sends when a bin is tipped onto the depot scale."""

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)
response = client.post(
    "/weigh-ins",
    json={"routeId": "N1", "binId": "BIN-1020", "grossKg": 212.4, "tareKg": 18.0},
)
print(response.status_code, response.json())
