from datetime import date

from loans.fines import fine_cents, format_cents


def _row(**over):
    row = {
        "card_number": "A-100",
        "member_name": "Ines Vogel",
        "barcode": "3100045",
        "title": "Der Process",
        "media": "book",
        "due_on": date(2026, 11, 1),
        "days_overdue": 5,
        "is_junior": False,
    }
    row.update(over)
    return row


def test_book_fine_is_daily_rate():
    assert fine_cents(_row()) == 100


def test_fine_is_capped():
    assert fine_cents(_row(media="dvd", days_overdue=40)) == 1500


def test_juniors_pay_nothing():
    assert fine_cents(_row(is_junior=True, days_overdue=30)) == 0


def test_format_cents():
    assert format_cents(1205) == "EUR 12,05"
