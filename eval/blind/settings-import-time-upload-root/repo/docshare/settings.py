from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    upload_dir: Path
    max_upload_bytes: int
    allowed_types: frozenset[str]


@lru_cache
def get_settings() -> Settings:
    return Settings(
        upload_dir=Path(os.environ.get("DOCSHARE_UPLOAD_DIR", "/srv/docshare/uploads")),
        max_upload_bytes=int(os.environ.get("DOCSHARE_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)),
        allowed_types=frozenset({"application/pdf", "text/plain", "image/png"}),
    )
