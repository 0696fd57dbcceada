from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk.db import get_session
from helpdesk.repo import TicketRepo
from helpdesk.schemas import TicketDetail, TicketSummary

router = APIRouter(prefix="/tickets", tags=["tickets"])


def get_repo(session: AsyncSession = Depends(get_session)) -> TicketRepo:
    return TicketRepo(session)


@router.get("", response_model=list[TicketSummary])
async def list_open(repo: TicketRepo = Depends(get_repo)):
    return await repo.open_tickets()


@router.get("/{ticket_id}", response_model=TicketDetail)
async def ticket_detail(ticket_id: int, repo: TicketRepo = Depends(get_repo)):
    ticket = await repo.get(ticket_id)
    if ticket is None:
        raise HTTPException(404, "ticket not found")
    return TicketDetail.model_validate(ticket)
