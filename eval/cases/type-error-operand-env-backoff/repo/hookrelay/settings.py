"""Configuration from the environment (12-factor style)."""

from __future__ import annotations

import os

MAX_ATTEMPTS = int(os.getenv("HOOKRELAY_MAX_ATTEMPTS", "4"))
CONCURRENCY = int(os.getenv("HOOKRELAY_CONCURRENCY", "8"))
REQUEST_TIMEOUT = float(os.getenv("HOOKRELAY_REQUEST_TIMEOUT", "10"))
RETRY_BASE_DELAY = os.getenv("HOOKRELAY_RETRY_BASE_DELAY", 0.5)
RETRY_MAX_DELAY = float(os.getenv("HOOKRELAY_RETRY_MAX_DELAY", "30"))
