from __future__ import annotations

import logging

from billing.models import Invoice

log = logging.getLogger("billing.mailer")


def notify_issued(invoice: Invoice) -> None:
    log.info("invoice %s issued for %.2f", invoice.number, invoice.total)
