from sqlalchemy.orm import Session

from clinic.models import AuditEvent


class AuditLog:
    def __init__(self, db: Session) -> None:
        self.db = db

    def record(self, action: str, subject_id: int, **details: object) -> None:
        self.db.add(AuditEvent(action=action, subject_id=subject_id, details=details))
        self.db.flush()
