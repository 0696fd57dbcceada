from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

from newsletter.settings import DATABASE_URL

engine = create_engine(DATABASE_URL, connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, autoflush=False)


class Base(DeclarativeBase):
    pass
