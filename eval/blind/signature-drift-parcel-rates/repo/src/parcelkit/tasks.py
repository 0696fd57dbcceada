"""Tiny in-process task runner used by the warehouse cron."""
from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Any

from .fulfilment import price_manifest
from .models import Manifest, Parcel

log = logging.getLogger("parcelkit.tasks")
TASKS: dict[str, Callable[..., Any]] = {}


def task(fn: Callable[..., Any]) -> Callable[..., Any]:
    TASKS[fn.__name__] = fn
    return fn


@task
def price_daily_manifest(payload: dict[str, Any]) -> dict[str, str]:
    manifest = Manifest(carrier=payload["carrier"], parcels=[Parcel(**p) for p in payload["parcels"]])
    return {k: str(v) for k, v in price_manifest(manifest).items()}


def run(name: str, payload: dict[str, Any]) -> None:
    try:
        result = TASKS[name](payload)
    except Exception:
        log.exception("Task %s raised unexpected exception", name)
    else:
        log.info("Task %s succeeded: %s", name, result)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="[%(asctime)s: %(levelname)s/%(name)s] %(message)s")
    run(sys.argv[1], json.loads(sys.argv[2]))
