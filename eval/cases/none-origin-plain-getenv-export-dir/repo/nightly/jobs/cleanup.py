from __future__ import annotations

import time

from .. import settings


def run() -> str:
    tmp = settings.DATA_DIR / "tmp"
    if not tmp.is_dir():
        return "nothing to clean"
    cutoff = time.time() - settings.RETENTION_DAYS * 86400
    removed = 0
    for path in tmp.iterdir():
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink()
            removed += 1
    return f"removed {removed} file(s)"
