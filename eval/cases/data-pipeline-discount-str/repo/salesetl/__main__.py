"""python -m salesetl <exports folder>"""

from __future__ import annotations

import sys
from pathlib import Path

from .aggregate import revenue_by_region
from .extract import read_exports
from .transform import clean


def main(folder: str) -> int:
    rows = list(clean(read_exports(Path(folder))))
    print(f"{len(rows)} orders")
    for region, amount in revenue_by_region(rows).items():
        print(f"{region}: {amount:>10.2f} EUR")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
