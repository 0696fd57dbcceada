def test_subscribe_then_lookup(client):
    resp = client.post("/subscriptions", json={"email": "Reader@Example.com", "plan": "weekly"})
    assert resp.status_code == 201, resp.json()

    found = client.get("/subscriptions/reader@example.com")
    assert found.json() == {"email": "reader@example.com", "plan": "weekly"}


def test_unknown_plan_rejected(client):
    resp = client.post("/subscriptions", json={"email": "x@example.com", "plan": "hourly"})
    assert resp.status_code == 400
