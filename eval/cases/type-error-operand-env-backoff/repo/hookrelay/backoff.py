from __future__ import annotations

import random

from . import settings

_rng = random.Random(7)


def retry_delay(attempt: int) -> float:
    """Exponential backoff with a little jitter, capped at RETRY_MAX_DELAY."""
    base = settings.RETRY_BASE_DELAY * 2 ** (attempt - 1)
    jitter = _rng.uniform(0, 0.1)
    return min(base + jitter, settings.RETRY_MAX_DELAY)
