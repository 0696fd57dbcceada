"""Shared request dependencies."""

from __future__ import annotations

from fastapi import HTTPException, Request, status

from app.main import quota


def enforce_quota(request: Request) -> None:
    key = request.headers.get("x-api-key") or (request.client.host if request.client else "anon")
    if not quota.allow(key):
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "quota exceeded")
