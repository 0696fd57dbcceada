import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ.get("NEWSLETTER_DSN", "sqlite:///newsletter.db"))
SessionLocal = sessionmaker(engine)
