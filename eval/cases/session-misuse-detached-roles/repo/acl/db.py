import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ.get("ACL_DATABASE_URL", "sqlite:///acl.db"))
Session = sessionmaker(engine)
