from datetime import datetime, timezone

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from newsletter.database import Base


class Subscriber(Base):
    __tablename__ = "subscribers"
    __table_args__ = (UniqueConstraint("list_slug", "email", name="uq_subscriber_list_email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_slug: Mapped[str] = mapped_column(String(60), index=True)
    email: Mapped[str] = mapped_column(String(254))
    confirmed: Mapped[bool] = mapped_column(default=False)
    subscribed_at: Mapped[datetime] = mapped_column(default=lambda: datetime.now(timezone.utc))
