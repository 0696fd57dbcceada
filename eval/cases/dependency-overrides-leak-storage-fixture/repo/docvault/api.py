from __future__ import annotations

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

from docvault.storage import Storage, get_storage

app = FastAPI(title="docvault")


class DocumentIn(BaseModel):
    content: str = Field(max_length=100_000)


class DocumentOut(BaseModel):
    key: str
    content: str


@app.put("/documents/{key:path}", response_model=DocumentOut, status_code=201)
def put_document(key: str, doc: DocumentIn, storage: Storage = Depends(get_storage)):
    storage.put(key, doc.content)
    return DocumentOut(key=key, content=doc.content)


@app.get("/documents/{key:path}", response_model=DocumentOut)
def get_document(key: str, storage: Storage = Depends(get_storage)):
    content = storage.get(key)
    if content is None:
        raise HTTPException(404, "document not found")
    return DocumentOut(key=key, content=content)
