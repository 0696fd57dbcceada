from __future__ import annotations

import html
from pathlib import Path

from .posts import Post

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1><time>{date}</time>
{body}
</article></body></html>
"""


def render_post(post: Post) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in post.body.split("\n\n"))
    return PAGE.format(title=html.escape(post.title), date=post.date.isoformat(), body=paragraphs)


def write_post(post: Post, out_dir: Path) -> Path:
    target = out_dir / post.slug / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_post(post), encoding="utf-8")
    return target
