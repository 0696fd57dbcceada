async def test_room_day_lists_periods_in_order(client):
    r = await client.get("/rooms/s2/days/1")
    assert r.status_code == 200
    assert [p["subject"] for p in r.json()["periods"]] == ["Chemistry", "Physics"]


async def test_free_rooms(client):
    r = await client.get("/rooms/free/1", params={"seats": 20})
    assert r.json() == ["HALL"]


async def test_unknown_room_is_404(client):
    r = await client.get("/rooms/B12/days/2")
    assert r.status_code == 404
