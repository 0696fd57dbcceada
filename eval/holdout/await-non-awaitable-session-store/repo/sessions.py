from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request, status

from settings import SESSION_COOKIE
from store import store


async def current_session(request: Request) -> dict[str, Any]:
    sid = request.cookies.get(SESSION_COOKIE)
    if not sid:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "not signed in")
    session = await store.get(sid)
    if session is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "session expired")
    return session
