from __future__ import annotations

from fastapi import APIRouter, Depends, status
from pydantic import BaseModel

from ..config import Settings, get_settings
from ..deps import get_mailer
from ..services.invites import create_invite
from ..services.mailer import Mailer, OutgoingMail

router = APIRouter(prefix="/teams/{team}/invites", tags=["invites"])


class InviteIn(BaseModel):
    email: str


class InviteOut(BaseModel):
    team: str
    email: str


@router.post("", status_code=status.HTTP_201_CREATED, response_model=InviteOut)
def invite_member(
    team: str,
    body: InviteIn,
    mailer: Mailer = Depends(get_mailer),
    settings: Settings = Depends(get_settings),
):
    invite = create_invite(team, body.email)
    link = f"{settings.invite_base_url}/{invite.token}"
    mailer.send(OutgoingMail(to=invite.email, subject=f"Join {team}", text=f"Accept here: {link}"))
    return InviteOut(team=invite.team, email=invite.email)
