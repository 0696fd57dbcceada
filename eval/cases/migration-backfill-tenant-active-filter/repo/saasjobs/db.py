from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

from saasjobs.settings import settings


class Base(DeclarativeBase):
    pass


engine = create_engine(settings.database_url)
Session = sessionmaker(engine)
