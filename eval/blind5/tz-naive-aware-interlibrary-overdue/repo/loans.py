"""Items borrowed from partner libraries and lent on to our patrons."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from pydantic import AwareDatetime, BaseModel

SEED_FILE = Path(__file__).with_name("seed_loans.json")


class PartnerLoan(BaseModel):
    id: int
    title: str
    patron_barcode: str
    lender: str
    lender_email: str
    received_at: AwareDatetime
    due_back: AwareDatetime
    returned_at: datetime | None = None
    renewals: int = 0


class LoanBook:
    def __init__(self, loans: list[PartnerLoan]) -> None:
        self._loans = {loan.id: loan for loan in loans}

    @classmethod
    def from_seed(cls, path: Path = SEED_FILE) -> LoanBook:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return cls([PartnerLoan.model_validate(row) for row in rows])

    def outstanding(self) -> list[PartnerLoan]:
        return [loan for loan in self._loans.values() if loan.returned_at is None]

    def get(self, loan_id: int) -> PartnerLoan | None:
        return self._loans.get(loan_id)
