from __future__ import annotations

import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class OutgoingMail:
    to: str
    subject: str
    text: str


@dataclass
class Mailer:
    host: str
    port: int
    sender: str
    outbox: list[OutgoingMail] = field(default_factory=list)

    def send(self, mail: OutgoingMail) -> None:
        log.info("queue mail via %s:%s from %s to %s", self.host, self.port, self.sender, mail.to)
        self.outbox.append(mail)
