"""`python -m payouts replay FILE`: replay a dump of the payout queue into fresh balances."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from payouts.consumer import consume
from payouts.ledger import MerchantBalances


def main() -> None:
    parser = argparse.ArgumentParser(prog="payouts")
    sub = parser.add_subparsers(dest="cmd", required=True)
    replay = sub.add_parser("replay")
    replay.add_argument("dump", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    balances = MerchantBalances()
    with args.dump.open(encoding="utf-8") as fh:
        count = consume(fh, balances)
    print(f"replayed {count} events")
    for key, cents in sorted(balances.paid_out.items()):
        print(f"{key}: paid out {cents / 100:.2f}")


main()
