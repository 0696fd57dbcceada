from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, UploadFile

from .settings import get_settings
from .storage import save_upload


@asynccontextmanager
async def lifespan(app: FastAPI):
    get_settings().upload_dir.mkdir(parents=True, exist_ok=True)
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/documents", status_code=201)
async def upload_document(file: UploadFile) -> dict[str, str]:
    settings = get_settings()
    if file.content_type not in settings.allowed_types:
        raise HTTPException(status_code=415, detail=f"unsupported type {file.content_type}")
    data = await file.read()
    if len(data) > settings.max_upload_bytes:
        raise HTTPException(status_code=413, detail="file too large")
    stored, digest = save_upload(file.filename or "upload", data)
    return {"id": stored, "sha256": digest}
