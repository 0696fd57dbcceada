import pytest
from fastapi.testclient import TestClient

from app.main import app


@pytest.fixture()
def client() -> TestClient:
    return TestClient(app)


@pytest.fixture()
def semi_detached() -> dict:
    return {
        "customer_email": "j.whitlow@example.org",
        "postcode": "BS7 8QT",
        "tariff_code": "FLEX-24",
        "annual_usage_kwh": 3400,
        "roofs": [
            {"orientation": "S", "pitch_deg": 35, "panel_count": 10},
            {"orientation": "W", "pitch_deg": 35, "panel_count": 4},
        ],
        "battery_kwh": 5,
    }
