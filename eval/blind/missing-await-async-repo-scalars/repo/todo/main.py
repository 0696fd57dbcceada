from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from pydantic import BaseModel, ConfigDict
from sqlalchemy.ext.asyncio import AsyncSession

from .db import engine, get_session
from .models import Base
from .repo import TaskRepo


@asynccontextmanager
async def lifespan(_: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield


app = FastAPI(lifespan=lifespan)


class TaskIn(BaseModel):
    title: str


class TaskOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    done: bool


@app.post("/projects/{project}/tasks", response_model=TaskOut, status_code=201)
async def add_task(project: str, body: TaskIn, session: AsyncSession = Depends(get_session)):
    return await TaskRepo(session).add(body.title, project)


@app.get("/projects/{project}/tasks", response_model=list[TaskOut])
async def list_open(project: str, session: AsyncSession = Depends(get_session)):
    tasks = await TaskRepo(session).open_tasks(project)
    return [TaskOut.model_validate(t) for t in tasks]
