"""Runtime configuration, read from the environment."""

import os

DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./notes.db")
JWT_SECRET = os.environ["JWT_SECRET"]
JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_MINUTES = int(os.environ.get("ACCESS_TOKEN_MINUTES", "30"))
