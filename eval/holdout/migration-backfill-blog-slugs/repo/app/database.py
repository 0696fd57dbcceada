import os

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine(os.environ.get("BLOG_DATABASE_URL", "sqlite:///./blog.db"))
SessionLocal = sessionmaker(engine)


def get_db():
    with SessionLocal() as db:
        yield db
