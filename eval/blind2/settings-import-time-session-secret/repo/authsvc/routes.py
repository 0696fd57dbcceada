from __future__ import annotations

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from authsvc import tokens

router = APIRouter(prefix="/auth")

_USERS = {"ada": "correct horse battery staple"}


class Login(BaseModel):
    username: str
    password: str


@router.post("/login")
def login(body: Login) -> dict:
    if _USERS.get(body.username) != body.password:
        raise HTTPException(status_code=401, detail="bad credentials")
    return {"token": tokens.issue_session(body.username), "token_type": "session"}
