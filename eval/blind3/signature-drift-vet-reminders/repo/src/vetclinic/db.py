from __future__ import annotations

import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

engine = create_engine(os.environ.get("VETCLINIC_DB", "sqlite:///vetclinic.db"))
Session = sessionmaker(engine)


class Base(DeclarativeBase):
    pass
