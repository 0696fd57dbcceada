from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(prefix="/notes", tags=["notes"])

_NOTES: list[dict[str, str]] = []


class NoteIn(BaseModel):
    title: str
    text: str = ""


@router.get("")
def list_notes() -> list[dict[str, str]]:
    return _NOTES


@router.post("", status_code=201)
def add_note(note: NoteIn) -> dict[str, str]:
    _NOTES.append(note.model_dump())
    return _NOTES[-1]
