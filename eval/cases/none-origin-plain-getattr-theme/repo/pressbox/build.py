from __future__ import annotations

import html
from pathlib import Path

from .config import SiteConfig, load_config
from .themes import resolve_options


def render_page(config: SiteConfig, options: dict[str, object], title: str, body: str) -> str:
    return (
        f"<html><head><title>{html.escape(title)} - {html.escape(config.title)}</title>"
        f"<style>h1{{color:{options['accent']}}}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}<footer>{options['footer']}</footer></body></html>"
    )


def build_site(site_dir: Path, out_dir: Path) -> list[Path]:
    config = load_config(site_dir)
    options = resolve_options(config.theme, config.theme_options)
    written = []
    for page in sorted((site_dir / "pages").glob("*.txt")):
        title, _, text = page.read_text(encoding="utf-8").partition("\n")
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.strip().split("\n\n"))
        target = out_dir / f"{page.stem}.html"
        target.write_text(render_page(config, options, title, paragraphs), encoding="utf-8")
        written.append(target)
    return written
