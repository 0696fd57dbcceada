"""Variety names arrive hand-written on donation envelopes; store them in one canonical form."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")


def canonical_variety(name: str) -> str:
    """'  cherokee   PURPLE ' -> 'Cherokee Purple'."""
    cleaned = _SPACES.sub(" ", name).strip()
    return " ".join(word.capitalize() for word in cleaned.split(" "))


def canonical_crop(crop: str) -> str:
    return crop.strip().lower()
