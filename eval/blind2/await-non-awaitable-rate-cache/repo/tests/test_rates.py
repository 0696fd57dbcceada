from fastapi.testclient import TestClient

from fxrates.api import app

client = TestClient(app)


def test_eur_usd_rate():
    response = client.get("/rates/eur/usd")
    assert response.status_code == 200
    assert response.json() == {"pair": "EUR:USD", "rate": 1.0842}
