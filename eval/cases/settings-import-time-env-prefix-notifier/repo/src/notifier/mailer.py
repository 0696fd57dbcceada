from __future__ import annotations

import smtplib
from email.message import EmailMessage

from notifier.config import settings


class Mailer:
    def __init__(self) -> None:
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> "Mailer":
        self._smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10)
        self._smtp.starttls()
        self._smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._smtp is not None:
            self._smtp.quit()

    def send(self, message: EmailMessage) -> None:
        assert self._smtp is not None, "use Mailer as a context manager"
        self._smtp.send_message(message)
