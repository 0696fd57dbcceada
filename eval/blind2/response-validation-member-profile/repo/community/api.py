from __future__ import annotations

from fastapi import FastAPI, HTTPException

from community import service
from community.schemas import ProfileOut

app = FastAPI(title="community")


@app.get("/members/{handle}", response_model=ProfileOut)
async def member_profile(handle: str):
    try:
        return await service.get_profile(handle)
    except service.MemberNotFound:
        raise HTTPException(status_code=404, detail="no such member")
