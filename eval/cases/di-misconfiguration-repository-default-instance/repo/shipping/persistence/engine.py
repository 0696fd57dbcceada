from __future__ import annotations

import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ.get("SHIPPING_DB", "sqlite:///shipping.db"))
SessionFactory = sessionmaker(engine, expire_on_commit=False)
