"""Checking seed packets out to members."""

from __future__ import annotations

from datetime import date, timedelta

from seedshare.store import Ledger, Loan

DEFAULT_LOAN_DAYS = 120


class LoanLimitReached(Exception):
    """The member already holds as many packets as they may borrow."""


class OutOfStock(Exception):
    """No packets of that lot are left on the shelf."""


def checkout_packets(
    ledger: Ledger,
    member_id: str,
    packet_codes: list[str],
    *,
    days: int = DEFAULT_LOAN_DAYS,
    today: date | None = None,
) -> list[Loan]:
    """Lend ``packet_codes`` to ``member_id`` and return the new loans.

    Packets are returned as seed saved from the grown plants, so the loan period
    covers a growing season rather than a few weeks.
    """
    member = ledger.member(member_id)
    already = len(ledger.open_loans(member.member_id))
    if already + len(packet_codes) > member.max_open_loans:
        raise LoanLimitReached(f"{member.name} may borrow {member.max_open_loans - already} more")

    due = (today or date.today()) + timedelta(days=days)
    created: list[Loan] = []
    for code in packet_codes:
        packet = ledger.packet(code)
        if packet.stock <= 0:
            raise OutOfStock(f"{packet.variety} ({code}) is out of stock")
        packet.stock -= 1
        loan = Loan(member.member_id, code, due)
        ledger.loans.append(loan)
        created.append(loan)
    return created
