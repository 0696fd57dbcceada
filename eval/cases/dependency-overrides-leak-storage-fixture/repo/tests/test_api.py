def test_put_then_get(client, memory_storage):
    resp = client.put("/documents/contracts/acme.txt", json={"content": "signed 2026-10-01"})
    assert resp.status_code == 201
    assert memory_storage.items == {"contracts/acme.txt": "signed 2026-10-01"}
    assert client.get("/documents/contracts/acme.txt").json()["content"] == "signed 2026-10-01"


def test_missing_document_is_404(client):
    assert client.get("/documents/nope.txt").status_code == 404
