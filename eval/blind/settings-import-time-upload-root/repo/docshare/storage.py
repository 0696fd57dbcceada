from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .settings import get_settings

UPLOAD_ROOT = get_settings().upload_dir
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(filename: str) -> str:
    stem = _SAFE.sub("_", Path(filename).name).strip("._")
    return stem or "upload"


def save_upload(filename: str, data: bytes) -> tuple[str, str]:
    digest = hashlib.sha256(data).hexdigest()
    stored = f"{digest[:12]}-{safe_name(filename)}"
    (UPLOAD_ROOT / stored).write_bytes(data)
    return stored, digest
