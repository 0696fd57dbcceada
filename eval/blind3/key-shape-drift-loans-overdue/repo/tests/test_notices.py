from datetime import date

from loans.models import Loan, Member
from loans.notices import build_notices
from loans.overdue import find_overdue

TODAY = date(2026, 11, 20)
ines = Member("A-100", "Ines Vogel", "ines@example.org")
tim = Member("J-007", "Tim Vogel", is_junior=True)


def _loans():
    return [
        Loan("3100045", "Der Process", ines, date(2026, 11, 10)),
        Loan("3100046", "Amerika", ines, date(2026, 11, 19)),
        Loan("5200001", "Metropolis", ines, date(2026, 11, 1), media="dvd"),
        Loan("3100502", "Emil und die Detektive", tim, date(2026, 11, 12)),
        Loan("3100777", "Momo", tim, date(2026, 11, 2), returned_on=date(2026, 11, 3)),
    ]


def test_find_overdue_skips_grace_and_returned():
    rows = find_overdue(_loans(), TODAY)
    assert [r["barcode"] for r in rows] == ["5200001", "3100045", "3100502"]


def test_one_notice_per_member():
    notices = build_notices(_loans(), TODAY)
    assert sorted(n.card_number for n in notices) == ["A-100", "J-007"]


def test_notice_totals():
    notices = {n.card_number: n for n in build_notices(_loans(), TODAY)}
    assert notices["A-100"].total_cents == 1500 + 200
    assert notices["J-007"].total_cents == 0
    assert "Metropolis (5200001)" in notices["A-100"].body()
