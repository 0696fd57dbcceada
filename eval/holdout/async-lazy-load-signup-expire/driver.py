"""Create the schema and sign a user up through the ASGI app (httpx.ASGITransport)."""
import asyncio
import os
import tempfile

os.environ["SIGNUP_DATABASE_URL"] = f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/signup.db"

import httpx  # noqa: E402

from signup.api import app  # noqa: E402
from signup.database import engine  # noqa: E402
from signup.models import Base  # noqa: E402


async def main() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://signup") as client:
        resp = await client.post("/accounts", json={"email": "Wen.Li@example.com", "password": "hunter2hunter2",
                                                    "display_name": "Wen"})
        print(resp.status_code, resp.json())


asyncio.run(main())
