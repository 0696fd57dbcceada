from app.models.base import Base
from app.models.invoice import Invoice
from app.models.user import User

__all__ = ["Base", "Invoice", "User"]
