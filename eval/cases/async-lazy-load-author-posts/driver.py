import asyncio
from datetime import date

from fastapi.testclient import TestClient

from app.main import app
from app.models import Author, Base, Post
from app.session import async_session_factory, engine


async def seed() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with async_session_factory() as db:
        author = Author(handle="mkaur", display_name="Manpreet Kaur", bio="Writes about databases.")
        author.posts = [
            Post(title="Indexes you forgot", slug="indexes-you-forgot", published_on=date(2024, 4, 2)),
            Post(title="Reading EXPLAIN", slug="reading-explain", published_on=date(2024, 5, 19)),
        ]
        db.add(author)
        await db.commit()
    await engine.dispose()


asyncio.run(seed())
with TestClient(app) as client:
    response = client.get("/api/v1/authors/mkaur")
    print(response.status_code, response.json())
