import datetime as dt

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from choirdesk.models import Base, Concert, ProgrammeItem
from choirdesk.repository import ConcertRepository


@pytest.fixture()
def repo():
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    Base.metadata.create_all(engine)
    yield ConcertRepository(sessionmaker(bind=engine))
    engine.dispose()


@pytest.fixture()
def advent_concert(repo):
    concert = Concert(
        title="Advent Carols by Candlelight",
        performed_on=dt.date(2026, 12, 5),
        venue="St Mary's, Lower Street",
        interval_after=2,
        items=[
            ProgrammeItem(position=1, composer="Praetorius", work="Es ist ein Ros entsprungen", minutes=4),
            ProgrammeItem(position=2, composer="Rutter", work="Magnificat", minutes=38, soloist="Ana Lindqvist"),
            ProgrammeItem(position=3, composer="Lauridsen", work="O magnum mysterium", minutes=6),
            ProgrammeItem(position=4, composer="Whitacre", work="Lux aurumque", minutes=4, voicing="SSAATTBB"),
        ],
    )
    return repo.add(concert)
