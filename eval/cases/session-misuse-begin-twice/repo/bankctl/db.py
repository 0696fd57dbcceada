import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ.get("BANKCTL_DATABASE", "sqlite:///bank.sqlite"))
SessionLocal = sessionmaker(engine)
