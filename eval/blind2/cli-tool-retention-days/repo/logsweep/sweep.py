from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

log = logging.getLogger("logsweep")


def cutoff(keep_days: int, now: datetime | None = None) -> datetime:
    now = now or datetime.now()
    return now - timedelta(days=keep_days)


def plan_deletions(directory: Path, pattern: str, keep_days: int) -> list[Path]:
    limit = cutoff(keep_days)
    victims = []
    for path in sorted(directory.glob(pattern)):
        modified = datetime.fromtimestamp(path.stat().st_mtime)
        if modified < limit:
            victims.append(path)
    log.debug("%d of the archives are older than %s", len(victims), limit)
    return victims


def remove(paths: list[Path]) -> int:
    for path in paths:
        path.unlink()
        log.info("deleted %s", path)
    return 0
