def test_listing_is_capped(client):
    r = client.post("/tickets/2/listing", json={"seller_id": 10, "asking_price": "90.00"})
    assert r.status_code == 422


def test_unlisted_ticket_cannot_be_bought(client):
    r = client.post("/tickets/1/purchase", json={"buyer_id": 77})
    assert r.status_code == 409


def test_buy_listed_ticket(client):
    r = client.post("/tickets/3/listing", json={"seller_id": 10, "asking_price": "70.00"})
    assert r.status_code == 201
    r = client.post("/tickets/3/purchase", json={"buyer_id": 77})
    assert r.status_code == 200
    assert r.json() == {"ticket_id": 3, "total": "75.25"}
