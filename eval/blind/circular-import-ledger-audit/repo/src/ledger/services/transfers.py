from __future__ import annotations

from decimal import Decimal

from ledger.models import Account
from ledger.services.audit import record_event


def transfer(src: Account, dst: Account, amount: Decimal, memo: str) -> None:
    if src.currency != dst.currency:
        raise ValueError("cross-currency transfers go through fx.convert")
    src.post(-amount, memo)
    dst.post(amount, memo)
    record_event("transfer", src=src.code, dst=dst.code, amount=str(amount))
