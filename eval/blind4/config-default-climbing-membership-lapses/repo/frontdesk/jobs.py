"""Run the nightly jobs: ``python -m frontdesk.jobs [--today YYYY-MM-DD]``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from datetime import date

from frontdesk.lapses import lapse_unpaid, send_renewal_reminders
from frontdesk.memberships import Membership, load_memberships
from frontdesk.notify import Outbox
from frontdesk.settings import Settings, get_settings

log = logging.getLogger("frontdesk.jobs")

Job = Callable[[list[Membership], Settings, Outbox, date], object]

NIGHTLY: dict[str, Job] = {
    "renewal-reminders": send_renewal_reminders,
    "lapse-unpaid": lapse_unpaid,
}


def run_nightly(today: date) -> int:
    settings = get_settings()
    members = load_memberships(settings.members_csv)
    outbox = Outbox()
    failures = 0
    for name, job in NIGHTLY.items():
        log.info("starting job %s", name)
        try:
            job(members, settings, outbox, today)
        except Exception:
            log.exception("job %s failed", name)
            failures += 1
    log.info("nightly run finished: %d email(s) queued, %d failure(s)", len(outbox.queued), failures)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="frontdesk.jobs")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    return run_nightly(args.today)


if __name__ == "__main__":
    sys.exit(main())
