from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Generic, Sequence, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: Sequence[T]
    number: int
    pages: int
    total: int


def paginate(items: Sequence[T], page: int, per_page: int) -> Page[T]:
    """Return 1-based page ``page`` of ``items``."""
    pages = max(1, math.ceil(len(items) / per_page))
    if not 1 <= page <= pages:
        raise ValueError(f"page must be between 1 and {pages}")
    offset = page * per_page
    return Page(items=items[offset : offset + per_page], number=page, pages=pages, total=len(items))
