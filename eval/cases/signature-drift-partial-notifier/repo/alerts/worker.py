"""Alert fan-out worker.

Usage: python -m alerts.worker <alerts.json>
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path

from .channels._transport import OUTBOX
from .models import Alert, RoutingConfig
from .routing import Sender, build_senders

log = logging.getLogger("alerts.worker")

CONFIG = RoutingConfig(
    oncall_emails=("oncall@example.org",),
    slack_webhook="https://hooks.example.org/T000/B000",
    retries=2,
)


async def _deliver(send: Sender, alert: Alert) -> None:
    log.debug("delivering %s via %r", alert.id, send)
    await send(alert)


async def dispatch(alert: Alert, config: RoutingConfig) -> None:
    async with asyncio.TaskGroup() as tg:
        for send in build_senders(alert, config):
            tg.create_task(_deliver(send, alert))


async def run(path: Path) -> int:
    alerts = [Alert.from_json(item) for item in json.loads(path.read_text())]
    for alert in alerts:
        await dispatch(alert, CONFIG)
    log.info("dispatched %d alerts, %d deliveries", len(alerts), len(OUTBOX))
    return 0


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    return asyncio.run(run(Path(sys.argv[1])))


if __name__ == "__main__":
    sys.exit(main())
