import asyncio
import os
import tempfile

os.environ["BLOG_DB_URL"] = "sqlite+aiosqlite:///" + os.path.join(tempfile.mkdtemp(), "blog.db")

from fastapi.testclient import TestClient  # noqa: E402

from blog.database import async_session, engine  # noqa: E402
from blog.models import Base, Comment, Post  # noqa: E402
from blog.views import app  # noqa: E402


async def seed() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with async_session() as s:
        post = Post(slug="hello-async", title="Hello async", body="First post.")
        post.comments = [Comment(author="ana", text="Nice!"), Comment(author="li", text="+1")]
        s.add(post)
        await s.commit()
    await engine.dispose()


asyncio.run(seed())
with TestClient(app) as client:
    client.get("/posts/hello-async")
