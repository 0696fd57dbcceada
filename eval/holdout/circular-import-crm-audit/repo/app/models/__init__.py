from app.models.audit_entry import AuditEntry
from app.models.contact import Contact
from app.models.user import User

__all__ = ["AuditEntry", "Contact", "User"]
