from collections.abc import Iterator

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from clinic.settings import settings

engine = create_engine(settings.database_url, connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine)


def get_db() -> Iterator[Session]:
    """One unit of work per request: committed when the request succeeds, rolled back otherwise."""
    with SessionLocal.begin() as db:
        yield db
