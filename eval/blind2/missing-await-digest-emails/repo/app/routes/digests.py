from __future__ import annotations

from fastapi import APIRouter

from app import digest
from app.store import store

router = APIRouter(prefix="/digests", tags=["digests"])

HIGHLIGHTS = ["3 new comments on 'Q3 planning'", "Invoice #2291 was paid"]


@router.post("/{account_id}/preview")
async def preview_digest(account_id: int) -> dict[str, str]:
    context = digest.build_context(store, account_id, HIGHLIGHTS)
    return digest.render(context)
