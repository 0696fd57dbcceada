from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class Entry:
    account_code: str
    amount: Decimal
    memo: str
    at: datetime
