"""Where episode audio and artwork live once published."""
from __future__ import annotations

from urllib.parse import quote

from settings import get_settings

CDN_ROOT = get_settings().cdn_base_url.rstrip("/")


def public_url(object_key: str) -> str:
    return f"{CDN_ROOT}/{quote(object_key.lstrip('/'))}"


def artwork_url(show_slug: str, size: int = 1400) -> str:
    return public_url(f"artwork/{show_slug}/{size}x{size}.jpg")
