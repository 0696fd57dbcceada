from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

import models
import schemas


async def get_folder_by_name(db: AsyncSession, name: str) -> models.Folder | None:
    return await db.scalar(select(models.Folder).where(models.Folder.name == name))


async def get_or_create_folder(db: AsyncSession, name: str) -> models.Folder:
    folder = await get_folder_by_name(db, name)
    if folder is None:
        folder = models.Folder(name=name)
        db.add(folder)
        await db.flush()
    return folder


async def create_bookmark(db: AsyncSession, folder: models.Folder, data: schemas.BookmarkCreate) -> models.Bookmark:
    bookmark = models.Bookmark(folder_id=folder.id, url=str(data.url), title=data.title, notes=data.notes)
    await db.add(bookmark)
    await db.commit()
    await db.refresh(bookmark)
    return bookmark


async def list_bookmarks(db: AsyncSession, folder: models.Folder) -> list[models.Bookmark]:
    result = await db.scalars(
        select(models.Bookmark).where(models.Bookmark.folder_id == folder.id).order_by(models.Bookmark.id)
    )
    return list(result)
