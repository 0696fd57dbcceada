from datetime import date
from pathlib import Path

from intake import DonationRow, read_rows, record_donations
from varieties import VarietyRepository

DATA = Path(__file__).parent / "data"


def test_single_donation(session):
    rows = [DonationRow("Amara", "Lemon Drop", "Pepper", 3)]
    (donation,) = record_donations(session, rows, date(2026, 3, 14))
    assert donation.packets == 3
    assert [v.name for v in VarietyRepository(session).all()] == ["Lemon Drop"]


def test_spring_swap_merges_envelopes_of_the_same_variety(session):
    rows = read_rows(DATA / "spring_swap.csv")
    donations = record_donations(session, rows, date(2026, 3, 14))
    assert len(donations) == 6
    names = [v.name for v in VarietyRepository(session).all()]
    assert names == ["Cherokee Purple", "Dragon Tongue", "Lemon Drop", "Red Russian"]
