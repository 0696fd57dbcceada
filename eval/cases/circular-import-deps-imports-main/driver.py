"""Smoke test: shorten a URL and follow it, through TestClient."""

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app, follow_redirects=False)
code = client.post("/links", json={"url": "https://example.org/a/very/long/path"}).json()["code"]
print(client.get(f"/r/{code}").headers["location"])
