from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import RedirectResponse

from app.store import store

router = APIRouter(tags=["redirects"])


@router.get("/r/{code}")
def follow(code: str) -> RedirectResponse:
    url = store.resolve(code)
    if url is None:
        raise HTTPException(404, "unknown code")
    return RedirectResponse(url, status_code=307)
