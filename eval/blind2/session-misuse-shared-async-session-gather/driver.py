import asyncio
import os
import tempfile
from datetime import date
from decimal import Decimal

os.environ["DASHBOARD_DB"] = "sqlite+aiosqlite:///" + os.path.join(tempfile.mkdtemp(), "kpi.db")

from fastapi.testclient import TestClient  # noqa: E402

from dashboard.app import app  # noqa: E402
from dashboard.db import Base, Session, engine  # noqa: E402
from dashboard.models import Payment, Signup  # noqa: E402


async def seed() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with Session() as s:
        s.add_all([Signup(plan="pro", day=date.today()), Signup(plan="free", day=date.today())])
        s.add(Payment(amount=Decimal("49.00"), day=date.today()))
        await s.commit()
    await engine.dispose()


asyncio.run(seed())
with TestClient(app) as client:
    client.get("/kpis")
