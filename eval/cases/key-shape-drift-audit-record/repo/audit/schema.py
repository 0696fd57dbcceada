from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypedDict


class AuditRecord(TypedDict):
    """One line of the audit file. Keys are short: these files get big."""

    ts: str
    actor: str
    action: str
    target: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class AuditEvent:
    at: dt.datetime
    actor: str
    action: str
    target: str
    meta: dict[str, Any] = field(default_factory=dict)
