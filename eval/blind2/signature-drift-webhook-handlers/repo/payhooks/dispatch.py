from __future__ import annotations

from payhooks.context import HandlerContext
from payhooks.handlers import HANDLERS


class UnknownEvent(Exception):
    pass


def dispatch(event: dict, ctx: HandlerContext) -> str:
    try:
        handler = HANDLERS[event["type"]]
    except KeyError:
        raise UnknownEvent(event["type"]) from None
    handler(event, ctx)
    return handler.__name__
