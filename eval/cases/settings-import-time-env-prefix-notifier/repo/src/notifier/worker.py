"""Drain the spool directory: `python -m notifier.worker [--once]`."""

from __future__ import annotations

import argparse
import logging
import time

from notifier.config import settings
from notifier.mailer import Mailer
from notifier.messages import Notification

log = logging.getLogger("notifier")


def drain_once() -> int:
    pending = sorted(settings.queue_dir.glob("*.json"))[: settings.batch_size]
    if not pending:
        return 0
    with Mailer() as mailer:
        for path in pending:
            mailer.send(Notification.load(path).to_email(settings.from_address))
            path.unlink()
    return len(pending)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--once", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    while True:
        sent = drain_once()
        log.info("sent %d notifications", sent)
        if args.once:
            break
        time.sleep(5)


if __name__ == "__main__":
    main()
