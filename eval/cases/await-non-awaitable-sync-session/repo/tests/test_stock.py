def test_reserve_decrements_quantity(client):
    response = client.post("/stock/KB-84-ISO/reservations", json={"quantity": 2})

    assert response.status_code == 200
    assert response.json()["quantity"] == 10


def test_reserving_unknown_sku_is_404(client):
    response = client.post("/stock/NOPE/reservations", json={"quantity": 1})

    assert response.status_code == 404
