from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from app.crud import authors as crud_authors
from app.schemas.author import AuthorProfile
from app.session import get_db

router = APIRouter()


@router.get("/{handle}", response_model=AuthorProfile)
async def read_author(handle: str, db: AsyncSession = Depends(get_db)):
    author = await crud_authors.get_by_handle(db, handle)
    if author is None:
        raise HTTPException(status_code=404, detail="Author not found")
    return author
