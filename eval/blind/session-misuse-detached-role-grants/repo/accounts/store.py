from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from .models import User


class UserStore:
    """Read access to users for the permission checks."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get_by_username(self, username: str) -> User | None:
        with Session(self.engine) as session:
            return session.scalars(select(User).where(User.username == username)).first()

    def usernames(self) -> list[str]:
        with Session(self.engine) as session:
            return list(session.scalars(select(User.username).order_by(User.username)))
