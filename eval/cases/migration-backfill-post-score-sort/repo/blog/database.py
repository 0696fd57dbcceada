from sqlmodel import Session, create_engine

from blog import settings

engine = create_engine(settings.DATABASE_URL, connect_args={"check_same_thread": False})


def get_session():
    with Session(engine) as session:
        yield session
