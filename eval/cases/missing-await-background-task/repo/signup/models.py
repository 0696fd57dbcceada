from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from signup.database import Base


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    marketing_opt_in: Mapped[bool] = mapped_column(default=False)
