"""Text helpers shared by the site builder."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80, separator: str = "-") -> str:
    """ASCII slug of ``text``, cut at a separator so words are not split."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_WORD.sub(separator, ascii_text.lower()).strip(separator)
    if len(slug) <= max_length:
        return slug
    cut = slug[:max_length]
    if separator in cut:
        cut = cut.rsplit(separator, 1)[0]
    return cut


def excerpt(body: str, words: int = 40) -> str:
    parts = body.split()
    tail = " ..." if len(parts) > words else ""
    return " ".join(parts[:words]) + tail
