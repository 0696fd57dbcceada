"""Deploy story: DB created at revision 0001 with existing posts, then upgraded to head; then serve the sitemap."""
import os
import tempfile
from datetime import datetime

tmp = tempfile.mkdtemp(prefix="blog-")
os.environ["BLOG_DATABASE_URL"] = f"sqlite:///{tmp}/blog.db"

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app import posts  # noqa: E402
from app.database import SessionLocal, engine  # noqa: E402
from app.main import app  # noqa: E402

cfg = Config("alembic.ini")
command.upgrade(cfg, "0001")
with engine.begin() as conn:
    conn.execute(text("INSERT INTO posts (title, body, published_at) VALUES (:t, :b, :p)"),
                 [{"t": "Hello, world", "b": "First!", "p": datetime(2023, 11, 2)},
                  {"t": "Why we moved to Postgres", "b": "...", "p": datetime(2024, 1, 15)}])
command.upgrade(cfg, "head")

with SessionLocal() as db:
    posts.create_post(db, "Pretty URLs are here", "Posts now have slugs.")

client = TestClient(app)
print(client.get("/sitemap.xml").text)
