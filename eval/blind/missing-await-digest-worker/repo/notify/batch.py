from __future__ import annotations

from collections import defaultdict

from .templates import Message, render_digest


def group_events(events: list[dict[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for event in events:
        grouped[event["user"]].append(event["text"])
    return dict(grouped)


async def prepare_batch(events: list[dict[str, str]]) -> list[Message]:
    messages = []
    for recipient, items in sorted(group_events(events).items()):
        messages.append(render_digest(recipient, items))
    return messages
