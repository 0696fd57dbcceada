from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Session, select

from confapp.database import get_session, init_db
from confapp.models import Talk, TalkCreate, TalkPublic


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    yield


app = FastAPI(title="PyConf schedule", lifespan=lifespan)


@app.post("/talks", response_model=TalkPublic, status_code=201)
def submit_talk(talk: TalkCreate, session: Session = Depends(get_session)):
    db_talk = Talk.model_validate(talk)
    session.add(db_talk)
    session.commit()
    session.refresh(db_talk)
    return db_talk


@app.post("/talks/{talk_id}/accept", response_model=TalkPublic)
def accept_talk(talk_id: int, session: Session = Depends(get_session)):
    talk = session.get(Talk, talk_id)
    if talk is None:
        raise HTTPException(404)
    talk.accepted = True
    session.add(talk)
    session.commit()
    session.refresh(talk)
    return talk


@app.get("/schedule", response_model=list[TalkPublic])
def schedule(track: str | None = None, session: Session = Depends(get_session)):
    stmt = select(Talk).where(Talk.accepted)
    if track:
        stmt = stmt.where(Talk.track == track)
    return session.exec(stmt.order_by(Talk.starts_at)).all()
