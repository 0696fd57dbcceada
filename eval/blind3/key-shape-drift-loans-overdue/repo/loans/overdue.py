"""Find loans that are past their due date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from loans.models import Loan, OverdueRow

GRACE_DAYS = 2


def _row(loan: Loan, today: date) -> OverdueRow:
    late = (today - loan.due_on).days
    return {
        "card_number": loan.member.card_number,
        "member_name": loan.member.full_name,
        "barcode": loan.barcode,
        "title": loan.title,
        "media": loan.media,
        "due_on": loan.due_on,
        "days_late": late,
        "is_junior": loan.member.is_junior,
    }


def find_overdue(loans: Iterable[Loan], today: date) -> list[OverdueRow]:
    """Open loans more than GRACE_DAYS past due, oldest first."""
    rows = [
        _row(loan, today)
        for loan in loans
        if loan.returned_on is None and (today - loan.due_on).days > GRACE_DAYS
    ]
    rows.sort(key=lambda r: r["due_on"])
    return rows
