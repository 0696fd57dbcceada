"""python -m thumbs.cli SRC_DIR OUT_DIR"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from .batch import generate


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
    for path in generate(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
