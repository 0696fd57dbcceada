from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Ticket:
    id: int
    subject: str
    opened: date
    priority: str


def sample_tickets() -> list[Ticket]:
    subjects = ["Login fails", "Invoice missing", "Export slow", "2FA reset", "Wrong VAT", "API 500",
                "Cannot upload", "Typo in email", "Refund request", "SSO setup", "Webhook retries"]
    start = date(2024, 4, 1)
    return [
        Ticket(id=1000 + i, subject=s, opened=start + timedelta(days=i), priority="high" if i % 4 == 0 else "normal")
        for i, s in enumerate(subjects)
    ]
