from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Job:
    kind: str
    payload: dict[str, Any]
    labels: list[str]
    priority: int = 5


def make_job(kind: str, payload: dict[str, Any], labels: list[str] = [], priority: int = 5) -> Job:
    """Build a job, tagging it with its kind so the workers can route it."""
    labels.append(f"kind:{kind}")
    return Job(kind=kind, payload=payload, labels=labels, priority=priority)
