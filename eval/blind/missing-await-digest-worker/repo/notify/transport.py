from __future__ import annotations

import logging

from .templates import Message

log = logging.getLogger(__name__)


class OutboxTransport:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, message: Message) -> None:
        log.info("sending %r to %s", message.subject, message.recipient)
        self.sent.append((message.recipient, message.subject))


async def dispatch(transport: OutboxTransport, messages: list[Message]) -> int:
    count = 0
    for message in messages:
        if not message.recipient.endswith("@example.com"):
            continue
        await transport.send(message)
        count += 1
    return count
