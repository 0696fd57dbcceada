#!/usr/bin/env python3
"""Print the price list for the till screens and the season brochure.

Usage: bin/build_price_list.py {evening,matinee} [--rules config/concessions.toml]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from boxoffice_pricing.concessions import load_rules  # noqa: E402
from boxoffice_pricing.pricelist import build_price_list, render  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["evening", "matinee"])
    parser.add_argument("--rules", type=Path, default=ROOT / "config" / "concessions.toml")
    args = parser.parse_args()
    rows = build_price_list(args.kind, load_rules(args.rules))
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
