import threading
import time
from decimal import Decimal

import httpx
from fastapi.testclient import TestClient

from fxquote.app import app, get_rates_client


class FakeRates:
    def latest(self, base):
        return {"USD": Decimal("1.0842")}


def test_quote_converts_with_margin():
    app.dependency_overrides[get_rates_client] = FakeRates
    try:
        resp = TestClient(app).get("/quote", params={"amount": "100", "source": "EUR", "target": "USD"})
    finally:
        app.dependency_overrides.clear()
    assert resp.status_code == 200
    assert resp.json()["amount"] == "106.79"


def test_health_answers_while_quotes_are_in_flight(live_server):
    params = {"amount": "250", "source": "EUR", "target": "GBP"}
    in_flight = threading.Thread(target=lambda: httpx.get(f"{live_server}/quote", params=params, timeout=10))
    in_flight.start()
    time.sleep(0.5)

    started = time.monotonic()
    resp = httpx.get(f"{live_server}/health", timeout=0.5)

    assert resp.status_code == 200
    assert time.monotonic() - started < 0.5
    in_flight.join()
