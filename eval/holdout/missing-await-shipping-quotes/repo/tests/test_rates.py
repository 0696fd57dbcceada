import httpx

from shipping.api import app


async def test_best_rate_for_small_parcel():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        resp = await client.post("/rates/best", json={
            "weight_g": 1200, "length_cm": 30, "width_cm": 20, "height_cm": 10,
            "destination_country": "NL",
        })
    assert resp.status_code == 200
    assert resp.json()["carrier"] == "dhl"
