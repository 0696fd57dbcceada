from fastapi.testclient import TestClient

from promo.api import app

with TestClient(app) as client:
    print(client.post("/coupons/welcome10/redeem").json())
    print(client.post("/coupons/SUMMER25/redeem").json())
