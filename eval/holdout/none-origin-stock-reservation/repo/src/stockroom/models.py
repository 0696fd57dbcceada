from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from stockroom.database import Base


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (CheckConstraint("on_hand >= 0", name="on_hand_non_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(200))
    on_hand: Mapped[int] = mapped_column(default=0)
    reserved: Mapped[int] = mapped_column(default=0)


class Reservation(Base):
    __tablename__ = "reservations"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int]
    order_ref: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int]
