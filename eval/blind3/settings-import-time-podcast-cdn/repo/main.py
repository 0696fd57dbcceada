from __future__ import annotations

from datetime import datetime, timezone

from fastapi import FastAPI
from fastapi.responses import Response

from feeds import FeedEpisode, render_feed

app = FastAPI(title="podcast-feeds")

_CATALOGUE: dict[str, list[FeedEpisode]] = {
    "field-notes": [
        FeedEpisode("fn-001", "Field Notes #1", "field-notes/001.mp3", 41_230_112, 2571,
                    datetime(2026, 10, 3, 5, 0, tzinfo=timezone.utc)),
    ],
}


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/feeds/{show_slug}.xml")
def feed(show_slug: str) -> Response:
    return Response(render_feed(show_slug, _CATALOGUE.get(show_slug, [])), media_type="application/rss+xml")
