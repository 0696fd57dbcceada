from fastapi.testclient import TestClient

from docvault.api import app


def test_documents_are_written_to_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCVAULT_ROOT", str(tmp_path))
    client = TestClient(app)

    resp = client.put("/documents/invoices/2026-11.txt", json={"content": "total: 1200 EUR"})

    assert resp.status_code == 201
    stored = tmp_path / "invoices__2026-11.txt"
    assert stored.exists()
    assert stored.read_text(encoding="utf-8") == "total: 1200 EUR"
