def test_rejects_unknown_type(client):
    r = client.post("/documents", files={"file": ("x.exe", b"MZ...", "application/x-msdownload")})
    assert r.status_code == 415


def test_upload_pdf(client, tmp_path):
    r = client.post("/documents", files={"file": ("Q3 report.pdf", b"%PDF-1.7 fake", "application/pdf")})
    assert r.status_code == 201
    assert (tmp_path / "uploads" / r.json()["id"]).read_bytes() == b"%PDF-1.7 fake"
