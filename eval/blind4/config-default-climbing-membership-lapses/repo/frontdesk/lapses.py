"""Nightly membership housekeeping: renewal reminders and lapsing unpaid memberships."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from frontdesk.memberships import Membership
from frontdesk.notify import Email, Outbox
from frontdesk.settings import Settings

log = logging.getLogger(__name__)


def send_renewal_reminders(members: list[Membership], settings: Settings, outbox: Outbox, today: date) -> int:
    horizon = today + timedelta(days=settings.reminder_days_before)
    sent = 0
    for m in members:
        if m.status == "active" and not m.is_frozen(today) and today <= m.paid_through <= horizon:
            outbox.queue(
                Email(m.email, f"{settings.gym_name}: your membership renews soon", f"Hi {m.name}, ...")
            )
            sent += 1
    return sent


def lapse_unpaid(members: list[Membership], settings: Settings, outbox: Outbox, today: date) -> list[str]:
    cutoff = today - timedelta(days=settings.lapse_grace_days)
    lapsed: list[str] = []
    for m in members:
        if m.status != "active" or m.is_frozen(today):
            continue
        if m.paid_through < cutoff:
            m.status = "lapsed"
            lapsed.append(m.member_no)
            outbox.queue(Email(m.email, f"{settings.gym_name}: membership paused", f"Hi {m.name}, ..."))
    log.info("lapsed %d membership(s)", len(lapsed))
    return lapsed
