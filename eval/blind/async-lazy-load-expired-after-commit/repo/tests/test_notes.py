import httpx
import pytest

from notes_service.app import create_app, init_models


@pytest.fixture()
async def client(tmp_path):
    app = create_app(f"sqlite+aiosqlite:///{tmp_path / 'notes.db'}")
    await init_models(app)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    await app.state.engine.dispose()


async def test_create_note(client):
    r = await client.post("/users/kim/notes", json={"title": " Groceries ", "body": "milk, eggs"})
    assert r.status_code == 201
    assert r.json()["title"] == "Groceries"
