import os

os.environ.pop("AUTH_SECRET_KEY", None)

from fastapi.testclient import TestClient  # noqa: E402

from authsvc.main import app  # noqa: E402

client = TestClient(app)
client.post("/auth/login", json={"username": "ada", "password": "correct horse battery staple"})
