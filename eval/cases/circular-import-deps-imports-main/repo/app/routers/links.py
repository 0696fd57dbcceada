from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from pydantic import AnyHttpUrl, BaseModel

from app.deps import enforce_quota
from app.store import store

router = APIRouter(prefix="/links", tags=["links"], dependencies=[Depends(enforce_quota)])


class LinkIn(BaseModel):
    url: AnyHttpUrl


@router.post("", status_code=201)
def shorten(body: LinkIn) -> dict[str, str]:
    return {"code": store.create(str(body.url))}


@router.get("/{code}/stats")
def stats(code: str) -> dict[str, int]:
    hits = store.hits(code)
    if hits is None:
        raise HTTPException(404, "unknown code")
    return {"hits": hits}
