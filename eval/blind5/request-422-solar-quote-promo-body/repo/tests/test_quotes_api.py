def test_list_tariffs(client):
    resp = client.get("/quotes/tariffs")
    assert resp.status_code == 200
    assert {t["code"] for t in resp.json()} >= {"FLEX-24", "FIXED-12"}


def test_create_quote_for_semi(client, semi_detached):
    resp = client.post("/quotes", json=semi_detached)
    assert resp.status_code == 201, resp.json()
    body = resp.json()
    assert body["system_kwp"] == 6.02
    assert body["reference"].startswith("SQ-")
    assert body["total"] == 2940 + 1150 + 2600


def test_unknown_tariff_is_rejected(client, semi_detached):
    semi_detached["tariff_code"] = "NOPE"
    resp = client.post("/quotes", json=semi_detached)
    assert resp.status_code == 400
