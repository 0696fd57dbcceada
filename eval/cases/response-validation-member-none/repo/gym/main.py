from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Session

from gym import members
from gym.database import get_session, init_db
from gym.models import MemberCreate, MemberRead


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    yield


app = FastAPI(title="gym-members", lifespan=lifespan)


@app.post("/members", response_model=MemberRead, status_code=201)
def create_member(data: MemberCreate, session: Session = Depends(get_session)):
    return members.create_member(session, data)


@app.get("/members", response_model=list[MemberRead])
def list_members(session: Session = Depends(get_session)):
    return members.list_active(session)


@app.get("/members/{member_id}", response_model=MemberRead)
def read_member(member_id: int, session: Session = Depends(get_session)):
    return members.find_active_member(session, member_id)


@app.delete("/members/{member_id}", status_code=204)
def cancel_member(member_id: int, session: Session = Depends(get_session)) -> None:
    if members.cancel_membership(session, member_id) is None:
        raise HTTPException(status_code=404, detail="member not found")
