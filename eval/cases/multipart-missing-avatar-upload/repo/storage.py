"""Stores uploaded files on local disk under MEDIA_ROOT."""

from __future__ import annotations

import hashlib
from pathlib import Path

import settings


def save_avatar(user_id: int, data: bytes, suffix: str) -> Path:
    digest = hashlib.sha256(data).hexdigest()[:16]
    target = settings.MEDIA_ROOT / "avatars" / f"{user_id}-{digest}{suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target
