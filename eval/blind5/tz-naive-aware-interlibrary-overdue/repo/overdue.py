"""Which partner loans are late, and the notices we owe the lenders."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from clock import utcnow
from loans import PartnerLoan

# Partners give us a few days' slack for the courier run back.
COURIER_GRACE = timedelta(days=3)


def days_late(loan: PartnerLoan, now: datetime | None = None) -> int:
    now = now or utcnow()
    return max(0, (now - loan.due_back).days)


def overdue_loans(loans: list[PartnerLoan], grace: timedelta = COURIER_GRACE) -> list[PartnerLoan]:
    late = []
    for loan in loans:
        if loan.due_back + grace < datetime.now():
            late.append(loan)
    return sorted(late, key=lambda loan: loan.due_back)


def notices_by_lender(loans: list[PartnerLoan]) -> dict[str, list[dict[str, object]]]:
    now = utcnow()
    grouped: dict[str, list[dict[str, object]]] = defaultdict(list)
    for loan in loans:
        grouped[loan.lender].append(
            {
                "loan_id": loan.id,
                "title": loan.title,
                "due_back": loan.due_back.date().isoformat(),
                "days_late": days_late(loan, now),
            }
        )
    return dict(grouped)
