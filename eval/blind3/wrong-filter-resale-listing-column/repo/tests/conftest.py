from datetime import datetime
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from resale.app import app
from resale.db import get_db
from resale.models import Base, Event, Ticket


@pytest.fixture()
def session_factory():
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(engine)
    factory = sessionmaker(engine)
    with factory() as s:
        s.add(Event(id=1, name="Low Tide Festival", venue="Harbour Field", starts_at=datetime(2026, 7, 18, 14)))
        s.add_all(
            [
                Ticket(event_id=1, owner_id=10, section="A", row="3", seat=n, face_value=Decimal("68.00"))
                for n in (11, 12, 13, 14)
            ]
        )
        s.commit()
    yield factory
    engine.dispose()


@pytest.fixture()
def client(session_factory):
    def override():
        with session_factory() as s:
            yield s

    app.dependency_overrides[get_db] = override
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()
