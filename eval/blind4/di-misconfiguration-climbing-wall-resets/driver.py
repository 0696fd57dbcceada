"""Smoke run of the wall-reset flow the head setter does every Monday."""

from fastapi.testclient import TestClient

from wallcrew.app import create_app

client = TestClient(create_app(), raise_server_exceptions=True)
assert client.get("/healthz").status_code == 200
response = client.post(
    "/walls/4/reset",
    headers={"X-Staff-Token": "tok-head-3"},
    json={
        "on": "2026-03-02",
        "routes": [
            {"colour": "teal", "grade": "V3"},
            {"colour": "pink", "grade": "V5"},
            {"colour": "black", "grade": "V8", "style": "roof"},
        ],
    },
)
print(response.status_code, response.json())
