from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str


class Outbox:
    """Collects emails during a run; the mailer container sends them afterwards."""

    def __init__(self) -> None:
        self.queued: list[Email] = []

    def queue(self, email: Email) -> None:
        log.info("queued %r for %s", email.subject, email.to)
        self.queued.append(email)
