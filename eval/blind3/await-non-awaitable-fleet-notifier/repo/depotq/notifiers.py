"""Where the depot hears about finished work."""

from __future__ import annotations

import logging
from typing import Protocol

import httpx

from depotq import settings

log = logging.getLogger(__name__)


class Notifier(Protocol):
    async def send(self, channel: str, text: str) -> None: ...


class SlackNotifier:
    def __init__(self, webhook_url: str) -> None:
        self.webhook_url = webhook_url

    async def send(self, channel: str, text: str) -> None:
        async with httpx.AsyncClient(timeout=10) as client:
            response = await client.post(self.webhook_url, json={"channel": channel, "text": text})
            response.raise_for_status()


class ConsoleNotifier:
    """Local development: print instead of posting."""

    def send(self, channel: str, text: str) -> None:
        print(f"[{channel}] {text}", flush=True)


def build_notifier(name: str | None = None) -> Notifier:
    name = name or settings.NOTIFIER
    if name == "slack":
        return SlackNotifier(settings.SLACK_WEBHOOK_URL)
    if name == "console":
        return ConsoleNotifier()
    raise ValueError(f"unknown notifier {name!r}")
