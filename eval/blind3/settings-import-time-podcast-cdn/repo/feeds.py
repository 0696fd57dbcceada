"""RSS 2.0 feed rendering (iTunes namespace)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

import storage
from settings import get_settings


@dataclass(frozen=True)
class FeedEpisode:
    guid: str
    title: str
    audio_key: str
    size_bytes: int
    duration_seconds: int
    published_at: datetime


def render_feed(show_slug: str, episodes: list[FeedEpisode]) -> str:
    cfg = get_settings()
    items = []
    for ep in episodes:
        items.append(
            "<item>"
            f"<guid isPermaLink=\"false\">{escape(ep.guid)}</guid>"
            f"<title>{escape(ep.title)}</title>"
            f"<enclosure url=\"{storage.public_url(ep.audio_key)}\" length=\"{ep.size_bytes}\" type=\"audio/mpeg\"/>"
            f"<itunes:duration>{ep.duration_seconds}</itunes:duration>"
            f"<pubDate>{format_datetime(ep.published_at)}</pubDate>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        f"<title>{escape(cfg.feed_title)}</title><language>{cfg.feed_language}</language>"
        f"<itunes:image href=\"{storage.artwork_url(show_slug)}\"/>"
        + "".join(items)
        + "</channel></rss>"
    )
