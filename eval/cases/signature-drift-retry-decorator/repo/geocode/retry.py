"""Retry helper for flaky upstream calls."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

log = logging.getLogger(__name__)


class TransientError(Exception):
    """Raised by transports for errors worth retrying (timeouts, 5xx)."""


def with_retries(attempts: int = 3, backoff: float = 0.2) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            delay = backoff
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except TransientError as exc:
                    if attempt == attempts:
                        raise
                    log.warning("%s failed (%s), retry %d/%d", func.__qualname__, exc, attempt, attempts)
                    time.sleep(delay)
                    delay *= 2
            raise AssertionError("unreachable")

        return wrapper

    return decorate
