from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass
class Message:
    recipient: str
    subject: str
    body: str


_PREFS = {"ana@example.com": "en", "jo@example.com": "fr"}


async def locale_for(recipient: str) -> str:
    await asyncio.sleep(0)
    return _PREFS.get(recipient, "en")


async def render_digest(recipient: str, items: list[str]) -> Message:
    locale = await locale_for(recipient)
    title = "Votre résumé" if locale == "fr" else "Your digest"
    lines = "\n".join(f"- {item}" for item in items)
    return Message(recipient=recipient, subject=f"{title} ({len(items)})", body=lines)
