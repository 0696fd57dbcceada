from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path


@dataclass(frozen=True)
class FeedStats:
    path: Path
    title: str
    entry_count: int
    missing_links: int
    newest: datetime | None


def _parse(path: Path) -> FeedStats:
    channel = ET.parse(path).getroot().find("channel")
    if channel is None:
        raise ValueError(f"{path}: not an RSS 2.0 document")
    items = channel.findall("item")
    dates = [parsedate_to_datetime(d.text) for i in items if (d := i.find("pubDate")) is not None and d.text]
    return FeedStats(
        path=path,
        title=channel.findtext("title", default=path.stem),
        entry_count=len(items),
        missing_links=sum(1 for i in items if not i.findtext("link")),
        newest=max(dates) if dates else None,
    )


async def load_feed(path: Path) -> FeedStats:
    return await asyncio.to_thread(_parse, path)
