from __future__ import annotations

import os
from datetime import datetime

from sqlalchemy import DateTime, String, Text, create_engine, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

engine = create_engine(os.environ.get("NEWSROOM_DB", "sqlite://"))
SessionLocal = sessionmaker(engine)


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    headline: Mapped[str] = mapped_column(String(250))
    byline: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    section: Mapped[str] = mapped_column(String(40), index=True)
    published_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
