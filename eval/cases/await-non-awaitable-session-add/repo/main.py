from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

import crud
import schemas
from database import Base, engine, get_db


@asynccontextmanager
async def lifespan(app: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/folders/{folder_name}/bookmarks", response_model=schemas.BookmarkRead, status_code=201)
async def add_bookmark(folder_name: str, payload: schemas.BookmarkCreate, db: AsyncSession = Depends(get_db)):
    folder = await crud.get_or_create_folder(db, folder_name)
    return await crud.create_bookmark(db, folder, payload)


@app.get("/folders/{folder_name}/bookmarks", response_model=list[schemas.BookmarkRead])
async def read_bookmarks(folder_name: str, db: AsyncSession = Depends(get_db)):
    folder = await crud.get_folder_by_name(db, folder_name)
    if folder is None:
        raise HTTPException(status_code=404, detail="Folder not found")
    return await crud.list_bookmarks(db, folder)
