"""Create a ticket with two comments, then open its detail page through the API."""
import asyncio
import os
import tempfile

os.environ["HELPDESK_DB_URL"] = f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/helpdesk.db"

from fastapi.testclient import TestClient  # noqa: E402

from helpdesk.db import async_session, engine  # noqa: E402
from helpdesk.main import app  # noqa: E402
from helpdesk.models import Agent, Base, Comment, Ticket  # noqa: E402


async def seed() -> int:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with async_session() as s:
        agent = Agent(display_name="Priya", email="priya@support.test")
        ticket = Ticket(subject="Invoice PDF is blank", assignee=agent)
        ticket.comments = [Comment(author="customer", body="The PDF has no pages."),
                           Comment(author="Priya", body="Reproduced on Safari.", internal=True)]
        s.add(ticket)
        await s.commit()
        return ticket.id


ticket_id = asyncio.run(seed())
client = TestClient(app)
print(client.get(f"/tickets/{ticket_id}").json())
