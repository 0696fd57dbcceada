from __future__ import annotations

import json
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path


@dataclass(frozen=True)
class Notification:
    to: str
    subject: str
    body: str

    @classmethod
    def load(cls, path: Path) -> "Notification":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(to=data["to"], subject=data["subject"], body=data["body"])

    def to_email(self, sender: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = self.to
        msg["Subject"] = self.subject
        msg.set_content(self.body)
        return msg
