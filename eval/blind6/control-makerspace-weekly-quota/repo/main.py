from contextlib import asynccontextmanager
from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Query
from sqlmodel import Session

from database import get_session, init_db
from models import Member
from quota import quota_status


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    yield


app = FastAPI(title="Makerspace quota", lifespan=lifespan)


@app.get("/members/{member_id}/quota")
def read_quota(
    member_id: int,
    day: date = Query(default_factory=date.today),
    session: Session = Depends(get_session),
):
    member = session.get(Member, member_id)
    if member is None:
        raise HTTPException(status_code=404, detail="member not found")
    return quota_status(session, member, day)
