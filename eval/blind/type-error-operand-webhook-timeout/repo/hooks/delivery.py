from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from .config import WebhookConfig
from .signing import sign


class Transport(Protocol):
    def post(self, url: str, body: bytes, headers: dict[str, str], timeout: float) -> int: ...


@dataclass
class Attempt:
    number: int
    status: int | None
    elapsed: float


@dataclass
class DeliveryResult:
    url: str
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.attempts) and self.attempts[-1].status is not None and self.attempts[-1].status < 300


def deliver(config: WebhookConfig, transport: Transport, url: str, payload: dict[str, Any]) -> DeliveryResult:
    body, signature = sign(config.signing_secret, payload)
    headers = {"content-type": "application/json", "x-signature": signature}
    result = DeliveryResult(url=url)
    deadline = time.monotonic() + config.timeout_seconds * config.max_attempts
    for number in range(1, config.max_attempts + 1):
        started = time.monotonic()
        remaining = max(deadline - started, 0.5)
        status = transport.post(url, body, headers, timeout=min(config.timeout_seconds, remaining))
        result.attempts.append(Attempt(number, status, time.monotonic() - started))
        if status < 500:
            break
    return result
