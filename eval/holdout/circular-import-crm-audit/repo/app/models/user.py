from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.db import Base
from app.services.audit import record_change


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="sales")

    def change_role(self, session: Session, new_role: str, actor: User | None = None) -> None:
        if new_role == self.role:
            return
        record_change(session, actor, "user", self.id, {"role": [self.role, new_role]})
        self.role = new_role
