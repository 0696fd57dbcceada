from __future__ import annotations

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from app.core.security import create_access_token

router = APIRouter(prefix="/auth", tags=["auth"])

_DEMO_USERS = {"demo@notes.app": "demo-password"}


class LoginIn(BaseModel):
    email: str
    password: str


@router.post("/token")
def issue_token(body: LoginIn) -> dict[str, str]:
    if _DEMO_USERS.get(body.email) != body.password:
        raise HTTPException(status_code=401, detail="bad credentials")
    return {"access_token": create_access_token(body.email), "token_type": "bearer"}
