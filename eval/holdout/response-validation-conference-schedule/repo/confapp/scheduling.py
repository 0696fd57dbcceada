from datetime import datetime

from sqlmodel import Session

from confapp.models import Talk


class SlotConflict(Exception):
    pass


def assign_slot(session: Session, talk: Talk, room: str, starts_at: datetime) -> Talk:
    clash = session.query(Talk).filter(Talk.room == room, Talk.starts_at == starts_at).first()
    if clash is not None and clash.id != talk.id:
        raise SlotConflict(f"{room} at {starts_at:%H:%M} is taken by {clash.title!r}")
    talk.room, talk.starts_at = room, starts_at
    session.add(talk)
    session.commit()
    session.refresh(talk)
    return talk
