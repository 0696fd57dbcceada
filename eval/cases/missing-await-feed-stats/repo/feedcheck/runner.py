from __future__ import annotations

import logging
from pathlib import Path

from feedcheck.loader import FeedStats, load_feed

log = logging.getLogger(__name__)


async def collect(directory: Path) -> list[FeedStats]:
    paths = sorted(directory.glob("*.xml"))
    log.info("checking %d feeds in %s", len(paths), directory)
    stats = [load_feed(path) for path in paths]
    return stats
