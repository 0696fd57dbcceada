"""Register a tree, log two harvests, then print its card (the volunteers' clipboard flow)."""

from fastapi.testclient import TestClient

from orchard.main import app

with TestClient(app, raise_server_exceptions=True) as client:
    r = client.post(
        "/trees",
        json={"tag": "ap-0142", "variety": "Egremont Russet", "rootstock": "M26", "plot": "b3", "planted_on": "2016-03-12"},
    )
    print("create", r.status_code, r.json())
    r = client.get("/trees/AP-0142/card")
    print("card", r.status_code, r.json())
