from __future__ import annotations

import logging
from typing import Any

from fastapi import Depends, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from sessions import current_session
from settings import LOG_FORMAT, SESSION_COOKIE
from store import store

logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
logger = logging.getLogger("accounts")

app = FastAPI(title="accounts")

USERS = {"ada@example.com": {"id": 1, "name": "Ada", "password": "correct horse"}}


@app.middleware("http")
async def log_errors(request: Request, call_next):
    try:
        return await call_next(request)
    except Exception:
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error"}, status_code=500)


class Login(BaseModel):
    email: str
    password: str


@app.post("/login")
async def login(body: Login, response: Response) -> dict[str, Any]:
    user = USERS.get(body.email)
    if user is None or user["password"] != body.password:
        return JSONResponse({"detail": "bad credentials"}, status_code=401)
    sid = store.put({"user_id": user["id"], "name": user["name"]})
    response.set_cookie(SESSION_COOKIE, sid, httponly=True)
    return {"ok": True}


@app.get("/me")
async def me(session: dict[str, Any] = Depends(current_session)) -> dict[str, Any]:
    return {"id": session["user_id"], "name": session["name"]}
