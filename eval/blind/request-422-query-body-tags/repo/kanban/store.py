from __future__ import annotations

from itertools import count

from .schemas import CardIn, TagOut

_ids = count(1)
TAGS: dict[int, TagOut] = {}
CARDS: dict[int, dict] = {}


def add_tag(name: str, color: str) -> TagOut:
    tag = TagOut(id=next(_ids), name=name, color=color)
    TAGS[tag.id] = tag
    return tag


def add_card(card: CardIn) -> dict:
    unknown = [t for t in card.tags if t not in TAGS]
    if unknown:
        raise KeyError(unknown)
    card_id = next(_ids)
    CARDS[card_id] = {"id": card_id, **card.model_dump()}
    return CARDS[card_id]
