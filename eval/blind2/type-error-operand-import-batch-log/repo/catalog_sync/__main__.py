import logging
import sys
from pathlib import Path

from catalog_sync.sync import sync

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
sync(Path(sys.argv[1]), Path(sys.argv[2]))
