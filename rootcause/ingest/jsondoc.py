"""Whole JSON documents: a Sentry event, or structlog records (one object or a list)."""

from __future__ import annotations

import json
from typing import Any

from rootcause.model import Incident


def parse_json_document(text: str) -> list[Incident] | None:
    """Incidents of ``text`` when it is one JSON document carrying exceptions, else None."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[" or stripped[-1] not in "}]":
        return None
    try:
        data: Any = json.loads(stripped)
    except ValueError:
        return None
    from rootcause.ingest.jsonlogs import incidents_from_json

    found = incidents_from_json(data)
    return found or None
