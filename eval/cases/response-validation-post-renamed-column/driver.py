"""Create the schema, add one published post and fetch it through httpx's ASGI transport."""

import asyncio
from datetime import datetime, timezone

import httpx

from blog.app import app
from blog.db import async_session, engine
from blog.models import Author, Base, Post


async def main() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with async_session() as session, session.begin():
        author = Author(display_name="Lena")
        session.add(author)
        await session.flush()
        session.add(
            Post(
                slug="hello-async",
                title="Hello, async",
                excerpt="Notes on moving the blog to asyncio.",
                body="...",
                author_id=author.id,
                published_at=datetime(2026, 11, 2, tzinfo=timezone.utc),
            )
        )
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://blog.test") as client:
        resp = await client.get("/posts/hello-async")
        print(resp.status_code, resp.json())
    await engine.dispose()


asyncio.run(main())
