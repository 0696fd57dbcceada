from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from inventory.core.database import Base


class StockItem(Base):
    __tablename__ = "stock_items"
    __table_args__ = (CheckConstraint("quantity >= 0", name="ck_stock_non_negative"),)

    sku: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    warehouse: Mapped[str] = mapped_column(String(8), default="BER1")
    quantity: Mapped[int] = mapped_column(default=0)
