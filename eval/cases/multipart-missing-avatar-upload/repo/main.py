"""Profiles service: public profile data and avatar uploads."""

from __future__ import annotations

from fastapi import FastAPI, File, HTTPException, UploadFile

import settings
from storage import save_avatar
from users import get_user

app = FastAPI(title="profiles")

_SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}


@app.get("/users/{user_id}")
async def read_profile(user_id: int) -> dict:
    user = get_user(user_id)
    if user is None:
        raise HTTPException(404, "user not found")
    return {"id": user.id, "handle": user.handle, "avatar": user.avatar_path}


@app.put("/users/{user_id}/avatar", status_code=204)
async def upload_avatar(user_id: int, avatar: UploadFile = File(...)) -> None:
    user = get_user(user_id)
    if user is None:
        raise HTTPException(404, "user not found")
    if avatar.content_type not in settings.ALLOWED_TYPES:
        raise HTTPException(415, f"unsupported image type {avatar.content_type}")
    data = await avatar.read()
    if len(data) > settings.MAX_AVATAR_BYTES:
        raise HTTPException(413, "avatar too large")
    user.avatar_path = str(save_avatar(user.id, data, _SUFFIXES[avatar.content_type]))
