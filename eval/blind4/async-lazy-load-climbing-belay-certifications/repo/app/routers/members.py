from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.repositories import members as members_repo
from app.services.belay import belay_status

router = APIRouter(prefix="/members", tags=["members"])


class BelayStatusOut(BaseModel):
    member_id: int
    top_rope: bool
    lead: bool
    renew_by: date | None


class MemberOut(BaseModel):
    id: int
    full_name: str
    membership_tier: str


@router.get("", response_model=list[MemberOut])
async def index(tier: str | None = None, session: AsyncSession = Depends(get_session)):
    return await members_repo.list_members(session, tier)


@router.get("/{member_id}/belay", response_model=BelayStatusOut)
async def belay(member_id: int, session: AsyncSession = Depends(get_session)):
    member = await members_repo.get_member(session, member_id)
    if member is None:
        raise HTTPException(status_code=404, detail="member not found")
    status = belay_status(member, date.today())
    return BelayStatusOut(**status.__dict__)
