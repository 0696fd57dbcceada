from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from dock.api import app
from dock.database import Base, SessionLocal, engine
from dock.models import BoatAccount


@pytest.fixture()
def client() -> Iterator[TestClient]:
    Base.metadata.create_all(engine)
    with SessionLocal() as session:
        session.add(BoatAccount(vessel_name="Kittiwake", berth="C14", credit_limit=Decimal("800.00")))
        session.commit()
    with TestClient(app) as test_client:
        yield test_client
    Base.metadata.drop_all(engine)
