from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Session, select

from timetabler.db import get_session, init_db
from timetabler.models import Lesson, LessonRead
from timetabler.publishing import NothingToPublish, publish_week

SessionDep = Annotated[Session, Depends(get_session)]


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    yield


app = FastAPI(title="Timetabler", lifespan=lifespan)


@app.get("/weeks/{week}/groups/{form_group}", response_model=list[LessonRead])
def group_timetable(week: int, form_group: str, session: SessionDep):
    return session.exec(
        select(Lesson).where(Lesson.week == week, Lesson.form_group == form_group)
        .order_by(Lesson.weekday, Lesson.starts_at)
    ).all()


@app.post("/weeks/{week}/publish")
async def publish(week: int, session: SessionDep):
    try:
        receipt = await publish_week(session, week)
    except NothingToPublish:
        raise HTTPException(status_code=404, detail=f"no lessons scheduled for week {week}")
    return {"week": week, "accepted": receipt.accepted, "reference": receipt.reference}
