import datetime as dt
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import func, select

from choirhub.database import Base, SessionFactory, engine
from choirhub.models import CallStatus, Concert, ConcertCall, Section, Singer
from choirhub.routes import concerts

ROSTER = [
    ("Ines Carvalho", Section.SOPRANO, 1), ("Hanna Berg", Section.SOPRANO, 1), ("Ruth Okafor", Section.SOPRANO, 2),
    ("Mei Tanaka", Section.ALTO, 1), ("Joan Pryce", Section.ALTO, 2), ("Dora Kis", Section.ALTO, 2),
    ("Tomas Rey", Section.TENOR, 1), ("Aled Morgan", Section.TENOR, 2), ("Kofi Mensah", Section.TENOR, 2),
    ("Piet de Vries", Section.BASS, 1), ("Sam Holt", Section.BASS, 1), ("Arvid Lund", Section.BASS, 2),
    ("Gus Ferreira", Section.BASS, 2),
]


async def seed_demo_data() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with SessionFactory() as session:
        if await session.scalar(select(func.count(Singer.id))):
            return
        singers = [Singer(name=n, section=s, divisi=d) for n, s, d in ROSTER]
        concerts_ = [
            Concert(title="Autumn Evensong", starts_at=dt.datetime(2026, 10, 18, 18, 0), venue="Cathedral Quire"),
            Concert(title="Winter Gala", starts_at=dt.datetime(2026, 12, 12, 19, 30), venue="Corn Exchange"),
        ]
        session.add_all(singers + concerts_)
        await session.flush()
        for singer in singers:
            for concert in concerts_:
                declined = concert.title == "Winter Gala" and singer.name in ("Ruth Okafor", "Gus Ferreira")
                status = CallStatus.DECLINED if declined else CallStatus.CONFIRMED
                session.add(ConcertCall(concert_id=concert.id, singer_id=singer.id, status=status))
        await session.commit()


@asynccontextmanager
async def lifespan(app: FastAPI):
    await seed_demo_data()
    yield
    await engine.dispose()


app = FastAPI(title="ChoirHub", lifespan=lifespan)
app.include_router(concerts.router)


@app.get("/healthz")
async def healthz() -> dict[str, bool]:
    return {"ok": True}
