"""Converting events to and from the on-disk record format."""

from __future__ import annotations

import datetime as dt
import json

from .schema import AuditEvent, AuditRecord


def event_to_record(event: AuditEvent) -> AuditRecord:
    return {
        "timestamp": event.at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "actor": event.actor,
        "action": event.action,
        "target": event.target,
        "meta": dict(event.meta),
    }


def dumps(event: AuditEvent) -> str:
    return json.dumps(event_to_record(event), separators=(",", ":"), sort_keys=True)


def loads(line: str) -> AuditRecord:
    return json.loads(line)
