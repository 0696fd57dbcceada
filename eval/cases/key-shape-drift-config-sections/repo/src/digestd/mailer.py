"""Composing and sending the digest e-mail."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from .config import Settings, SmtpSettings


def build_message(settings: Settings, recipient: str, items: list[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.smtp.sender
    msg["To"] = recipient
    msg["Subject"] = f"Your digest: {len(items)} new item(s)"
    msg.set_content("\n".join(f"- {item}" for item in items) or "Nothing new today.")
    return msg


class Mailer:
    def __init__(self, smtp: SmtpSettings) -> None:
        self.smtp = smtp

    def connection_args(self) -> tuple[str, int]:
        return self.smtp.host, self.smtp.port

    def send(self, msg: EmailMessage) -> None:
        host, port = self.connection_args()
        with smtplib.SMTP(host, port, timeout=30) as conn:
            if self.smtp.use_tls:
                conn.starttls()
            if self.smtp.username:
                conn.login(self.smtp.username, self.smtp.password or "")
            conn.send_message(msg)
