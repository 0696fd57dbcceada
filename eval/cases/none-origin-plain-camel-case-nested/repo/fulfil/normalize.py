"""The storefront sends camelCase JSON; everything on our side uses snake_case keys."""

from __future__ import annotations

import re
from typing import Any

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def snake(name: str) -> str:
    return _CAMEL.sub("_", name).lower()


def to_snake(payload: dict[str, Any]) -> dict[str, Any]:
    """Return ``payload`` with snake_case keys (``shippingAddress`` -> ``shipping_address``)."""
    return {snake(key): value for key, value in payload.items()}
