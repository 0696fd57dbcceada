from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from portal.config import settings
from portal.db import Base, Session, db_session, engine
from portal.pages import PageRepository


@asynccontextmanager
async def lifespan(app: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with Session() as session:
        repo = PageRepository(session)
        await repo.upsert("en", "getting-started", "Getting started", "# Getting started\n...")
        await repo.upsert("en", "api-keys", "API keys", "# API keys\n...")
    yield


app = FastAPI(title="docs portal", lifespan=lifespan)


@app.get("/docs-pages/{slug}")
async def read_page(slug: str, locale: str = settings.default_locale, session: AsyncSession = Depends(db_session)):
    page = await PageRepository(session).by_slug(slug, locale)
    if page is None:
        raise HTTPException(status_code=404, detail=f"no page {slug!r} in {locale}")
    return {"slug": page.slug, "title": page.title, "body": page.body_md, "updated_at": page.updated_at}
