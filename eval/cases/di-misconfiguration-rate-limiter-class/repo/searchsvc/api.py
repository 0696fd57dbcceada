from __future__ import annotations

from fastapi import Depends, FastAPI, Query
from pydantic import BaseModel

from searchsvc.index import build_default_index
from searchsvc.ratelimit import RateLimiter

app = FastAPI(title="catalog-search")
index = build_default_index()


class Hit(BaseModel):
    id: str
    title: str


@app.get("/search", response_model=list[Hit], dependencies=[Depends(RateLimiter)])
async def search(q: str = Query(..., min_length=2), limit: int = Query(10, le=50)):
    return [Hit(id=doc.id, title=doc.title) for doc in index.search(q, limit)]


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
