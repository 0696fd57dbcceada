from __future__ import annotations

import argparse
from pathlib import Path

from shipit.labels import label_for_order_file, render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="shipit", description="Warehouse shipping labels")
    sub = parser.add_subparsers(dest="command", required=True)
    label = sub.add_parser("label", help="print the shipping label for an order file")
    label.add_argument("orders", nargs="+", type=Path)
    args = parser.parse_args(argv)

    for path in args.orders:
        print(render(label_for_order_file(path)))
    return 0
