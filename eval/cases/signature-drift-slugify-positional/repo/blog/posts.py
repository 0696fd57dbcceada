"""Loading posts written as Markdown with a small front-matter block."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .text import excerpt, slugify


@dataclass(frozen=True)
class Post:
    title: str
    date: dt.date
    slug: str
    tags: tuple[str, ...]
    body: str

    @property
    def summary(self) -> str:
        return excerpt(self.body)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    head, _, body = text[4:].partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body


def load_post(path: Path) -> Post:
    meta, body = _front_matter(path.read_text(encoding="utf-8"))
    title = meta.get("title") or path.stem.replace("-", " ").title()
    slug = meta.get("slug") or slugify(title, 60)
    tags = tuple(t.strip() for t in meta.get("tags", "").split(",") if t.strip())
    return Post(
        title=title,
        date=dt.date.fromisoformat(meta.get("date", "1970-01-01")),
        slug=slug,
        tags=tags,
        body=body.strip(),
    )
