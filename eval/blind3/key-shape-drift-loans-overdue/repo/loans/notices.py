"""Overdue notices grouped per member, ready for the mailer."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from loans.fines import fine_cents, format_cents
from loans.models import Loan, OverdueRow
from loans.overdue import find_overdue


@dataclass
class Notice:
    card_number: str
    member_name: str
    lines: list[str] = field(default_factory=list)
    total_cents: int = 0

    def body(self) -> str:
        items = "\n".join(f"  - {line}" for line in self.lines)
        return (
            f"Dear {self.member_name},\n\nthe following items are overdue:\n{items}\n\n"
            f"Outstanding fines: {format_cents(self.total_cents)}\n"
        )


def _line(row: OverdueRow, fine: int) -> str:
    return f"{row['title']} ({row['barcode']}), due {row['due_on']:%d.%m.%Y}, fine {format_cents(fine)}"


def build_notices(loans: Iterable[Loan], today: date) -> list[Notice]:
    by_member: dict[str, Notice] = {}
    grouped: dict[str, list[OverdueRow]] = defaultdict(list)
    for row in find_overdue(loans, today):
        grouped[row["card_number"]].append(row)
    for card, rows in grouped.items():
        notice = by_member.setdefault(card, Notice(card, rows[0]["member_name"]))
        for row in rows:
            fine = fine_cents(row)
            notice.lines.append(_line(row, fine))
            notice.total_cents += fine
    return list(by_member.values())
