from datetime import date

from harvestlog import HarvestLedger
from harvestlog.sheets import import_sheet
from harvestlog.volunteers import log_crate

SHEET = """tree,date,kg,picker
ap-0142,14/09/2024,"12,5",Maren
ap-0142,21/09/2024,9.0,Maren
pe-0007,21/09/2024,4.25,
"""


def test_log_crate_from_tablet():
    ledger = HarvestLedger(season=2024)
    log_crate(ledger, "ap-0142", 11.0, " maren ", today=date(2024, 9, 14))
    assert ledger.total_for("AP-0142") == 11.0


def test_import_typed_pick_sheet():
    ledger = HarvestLedger(season=2024)
    assert import_sheet(ledger, SHEET) == 3
    assert ledger.total_for("AP-0142") == 21.5
    assert ledger.by_volunteer()["unknown"] == 4.25
