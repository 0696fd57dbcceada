from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from .database import make_engine, make_sessionmaker
from .tables import Base, Note


class NoteIn(BaseModel):
    title: str
    body: str = ""


class NoteOut(BaseModel):
    id: int
    owner: str
    title: str


def create_app(database_url: str) -> FastAPI:
    engine = make_engine(database_url)
    app = FastAPI()
    app.state.engine = engine
    app.state.sessions = make_sessionmaker(engine)

    async def session(request: Request) -> AsyncIterator[AsyncSession]:
        async with request.app.state.sessions() as s:
            yield s

    @app.post("/users/{owner}/notes", response_model=NoteOut, status_code=201)
    async def create_note(owner: str, payload: NoteIn, db: AsyncSession = Depends(session)) -> NoteOut:
        note = Note(owner=owner, title=payload.title.strip(), body=payload.body)
        db.add(note)
        await db.commit()
        return NoteOut(id=note.id, owner=note.owner, title=note.title)

    return app


async def init_models(app: FastAPI) -> None:
    async with app.state.engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
