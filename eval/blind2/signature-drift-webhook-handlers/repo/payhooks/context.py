from __future__ import annotations

import logging
from dataclasses import dataclass, field


@dataclass
class HandlerContext:
    """What every webhook handler gets besides the event itself."""

    request_id: str
    ledger: list[dict] = field(default_factory=list)
    logger: logging.Logger = field(default_factory=lambda: logging.getLogger("payhooks"))
