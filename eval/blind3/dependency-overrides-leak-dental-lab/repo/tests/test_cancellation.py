def test_manager_cancels_received_order(manager_client, new_order):
    response = manager_client.post(f"/orders/{new_order['id']}/cancel")
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"


def test_cancel_unknown_order_is_404(manager_client):
    response = manager_client.post("/orders/999/cancel")
    assert response.status_code == 404
