from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from helpdesk.models import Comment, Ticket


class TicketRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def open_tickets(self) -> list[Ticket]:
        stmt = select(Ticket).where(Ticket.status == "open").order_by(Ticket.opened_at)
        return list(await self.session.scalars(stmt))

    async def get(self, ticket_id: int) -> Ticket | None:
        stmt = (
            select(Ticket)
            .where(Ticket.id == ticket_id)
            .options(selectinload(Ticket.assignee))
        )
        return await self.session.scalar(stmt)

    async def add_comment(self, ticket: Ticket, author: str, body: str, internal: bool = False) -> Comment:
        comment = Comment(ticket_id=ticket.id, author=author, body=body, internal=internal)
        self.session.add(comment)
        await self.session.commit()
        return comment
