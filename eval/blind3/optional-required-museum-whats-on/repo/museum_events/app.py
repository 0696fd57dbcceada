from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import UTC, datetime
from decimal import Decimal

from fastapi import Depends, FastAPI
from sqlmodel import Session, select

from museum_events.database import engine, get_session, init_db
from museum_events.listing import current_and_upcoming, to_cards, utcnow
from museum_events.models import Event, EventKind
from museum_events.schemas import WhatsOn


def _seed() -> None:
    with Session(engine) as session:
        if session.exec(select(Event)).first() is not None:
            return
        session.add_all(
            [
                Event(slug="tudor-textiles", title="Threads of Power: Tudor Textiles",
                      kind=EventKind.EXHIBITION, room="Gallery 4",
                      starts_at=datetime(2026, 9, 12, 10, tzinfo=UTC), ends_at=datetime(2027, 3, 1, 17, tzinfo=UTC),
                      price=Decimal("14.00")),
                Event(slug="lates-december", title="Museum Lates: Winter Solstice",
                      kind=EventKind.LATE_OPENING, room="Great Hall",
                      starts_at=datetime(2026, 12, 18, 18, 30, tzinfo=UTC), ends_at=datetime(2026, 12, 18, 22, tzinfo=UTC),
                      price=Decimal("8.00")),
                Event(slug="collection-highlights", title="Collection Highlights",
                      kind=EventKind.EXHIBITION, room="Ground floor",
                      starts_at=datetime(2019, 5, 1, 10, tzinfo=UTC)),
            ]
        )
        session.commit()


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    _seed()
    yield


app = FastAPI(title="Museum events", lifespan=lifespan)


@app.get("/whats-on", response_model=WhatsOn)
def whats_on(session: Session = Depends(get_session)):
    now = utcnow()
    return {"generated_at": now, "events": to_cards(current_and_upcoming(session, now))}
