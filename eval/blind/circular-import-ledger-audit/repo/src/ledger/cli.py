from __future__ import annotations

import logging
import sys
from decimal import Decimal

from ledger.models import Account
from ledger.services.transfers import transfer


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    cash, revenue = Account("1000", "Cash"), Account("4000", "Revenue")
    transfer(revenue, cash, Decimal(argv[0] if argv else "100.00"), "demo sale")
    print(cash.balance, revenue.balance)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
