from collections.abc import Iterator

import pytest
from sqlmodel import Session, SQLModel, create_engine

import models  # noqa: F401  (registers the tables)


@pytest.fixture
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()
