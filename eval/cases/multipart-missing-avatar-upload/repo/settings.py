import os
from pathlib import Path

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/var/lib/profiles/media"))
MAX_AVATAR_BYTES = int(os.environ.get("MAX_AVATAR_BYTES", 2 * 1024 * 1024))
ALLOWED_TYPES = {"image/png", "image/jpeg", "image/webp"}
