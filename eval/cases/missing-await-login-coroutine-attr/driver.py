import asyncio

from fastapi.testclient import TestClient

from app.core.security import hash_password
from app.db import async_session, engine
from app.main import app
from app.models import Base, User


async def seed() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with async_session() as session:
        session.add(User(email="priya@example.com", hashed_password=hash_password("s3cret-pass")))
        await session.commit()
    await engine.dispose()


asyncio.run(seed())
client = TestClient(app, raise_server_exceptions=False)
response = client.post("/auth/login", json={"email": "Priya@example.com", "password": "s3cret-pass"})
print(response.status_code, response.json())
