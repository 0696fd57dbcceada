"""Push list prices from the pricing spreadsheet export to the catalog service.

Usage: python scripts/push_prices.py prices.csv [--base-url URL]
"""

from __future__ import annotations

import argparse
import csv
import logging

import httpx

log = logging.getLogger("push_prices")


def read_rows(path: str) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def push_price(client: httpx.Client, row: dict[str, str]) -> None:
    resp = client.put(
        f"/products/{row['sku']}/prices",
        json={"currency": row["currency"], "amount": row["amount"]},
    )
    resp.raise_for_status()
    log.info("updated %s %s -> %s", row["sku"], row["currency"], row["amount"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv_path")
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    with httpx.Client(base_url=args.base_url, timeout=5.0) as client:
        for row in read_rows(args.csv_path):
            push_price(client, row)


if __name__ == "__main__":
    main()
