from __future__ import annotations

import os

import pytest

os.environ.setdefault("DESKHUB_DATABASE_URL", "sqlite:///./deskhub-test.db")

from fastapi.testclient import TestClient  # noqa: E402

from deskhub.api import app  # noqa: E402
from deskhub.db import init_db, session_scope  # noqa: E402
from deskhub.models import Desk  # noqa: E402


@pytest.fixture(scope="session")
def client() -> TestClient:
    init_db()
    with session_scope() as s:
        s.add_all([Desk(code="A-01", zone="quiet"), Desk(code="A-02"), Desk(code="B-11", has_monitor=False)])
    with TestClient(app) as c:
        yield c
