"""Decide which channels an alert goes to."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial

from .channels.email import send_email
from .channels.slack import post_slack
from .models import Alert, RoutingConfig

Sender = Callable[[Alert], Awaitable[None]]


def build_senders(alert: Alert, config: RoutingConfig) -> list[Sender]:
    senders: list[Sender] = [
        partial(post_slack, webhook=config.slack_webhook, max_attempts=config.retries),
    ]
    if alert.severity in config.page_on:
        senders.append(
            partial(send_email, recipients=config.oncall_emails, retries=config.retries)
        )
    return senders
