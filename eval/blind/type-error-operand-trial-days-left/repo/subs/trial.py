from __future__ import annotations

from datetime import datetime, timedelta

from .models import Subscription, TrialStatus


def trial_status(sub: Subscription) -> TrialStatus:
    ends_at = sub.started_at + timedelta(days=sub.trial_days)
    remaining = ends_at - datetime.utcnow()
    days_left = max(remaining.days, 0)
    return TrialStatus(account_id=sub.account_id, days_left=days_left, expired=days_left == 0)
