from fastapi import Depends, FastAPI
from sqlmodel import Session, select

from notes_api.auth import current_member
from notes_api.db import create_db_and_tables, get_session
from notes_api.models import Member, Note, NoteCreate, NoteRead

app = FastAPI(title="notes", on_startup=[create_db_and_tables])


@app.get("/notes", response_model=list[NoteRead])
def list_notes(member: Member = Depends(current_member), session: Session = Depends(get_session)):
    return session.exec(select(Note).where(Note.owner_id == member.id).order_by(Note.id)).all()


@app.post("/notes", response_model=NoteRead, status_code=201)
def create_note(
    payload: NoteCreate,
    member: Member = Depends(current_member),
    session: Session = Depends(get_session),
):
    note = Note(owner_id=member.id, title=payload.title, body=payload.body)
    session.add(note)
    session.commit()
    session.refresh(note)
    return note
