from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default):
    return os.environ.get(name, default)


@dataclass(frozen=True)
class WebhookConfig:
    timeout_seconds: float = field(default_factory=lambda: _env("WEBHOOK_TIMEOUT_SECONDS", 10.0))
    max_attempts: int = field(default_factory=lambda: int(_env("WEBHOOK_MAX_ATTEMPTS", 3)))
    signing_secret: str = field(default_factory=lambda: _env("WEBHOOK_SIGNING_SECRET", "dev-secret"))


def load_config() -> WebhookConfig:
    return WebhookConfig()
