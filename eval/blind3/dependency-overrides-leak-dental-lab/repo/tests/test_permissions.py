def test_anonymous_cannot_create_orders(client):
    response = client.post("/orders", json={"practice": "x"})
    assert response.status_code in (401, 422)


def test_technician_claims_order(client, tech_headers, new_order):
    response = client.post(f"/orders/{new_order['id']}/claim", headers=tech_headers)
    assert response.status_code == 200
    assert response.json()["assigned_to"] == 14


def test_technician_cannot_cancel(client, tech_headers, new_order):
    response = client.post(f"/orders/{new_order['id']}/cancel", headers=tech_headers)
    assert response.status_code == 403
    assert response.json() == {"detail": "lab manager role required"}
