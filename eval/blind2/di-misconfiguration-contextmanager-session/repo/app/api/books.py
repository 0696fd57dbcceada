from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from app.core.database import get_session
from app.repositories import BookRepository

router = APIRouter(prefix="/books", tags=["books"])


class BookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    isbn: str
    title: str
    author: str


def get_books(session: Session = Depends(get_session)) -> BookRepository:
    return BookRepository(session)


@router.get("/available", response_model=list[BookOut])
def list_available(limit: int = 20, books: BookRepository = Depends(get_books)):
    return books.available(limit=limit)
