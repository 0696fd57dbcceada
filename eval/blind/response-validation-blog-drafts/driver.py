from fastapi.testclient import TestClient

from blog.api import app

with TestClient(app) as client:
    client.post("/posts", json={"slug": "hello-world", "title": "Hello", "body": "First post"})
    client.post("/posts", json={"slug": "roadmap-2025", "title": "Roadmap", "body": "WIP"})
    print(client.post("/posts/hello-world/publish").json())
    r = client.get("/feed")
    print(r.status_code, r.json())
