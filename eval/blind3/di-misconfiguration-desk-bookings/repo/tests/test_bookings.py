from __future__ import annotations


def test_book_free_desk(client):
    resp = client.post("/desks/A-02/bookings", json={"member_email": "lea@example.org", "day": "2026-12-01"})
    assert resp.status_code == 201
    assert resp.json()["desk_id"] == 2


def test_unknown_desk_is_404(client):
    resp = client.post("/desks/Z-99/bookings", json={"member_email": "lea@example.org", "day": "2026-12-01"})
    assert resp.status_code == 404
