from __future__ import annotations

import os

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker


def database_url() -> str:
    return os.environ.get("SEEDBANK_DB_URL", "sqlite:///seedbank.sqlite3")


def make_session() -> Session:
    engine = create_engine(database_url())
    return sessionmaker(engine)()
