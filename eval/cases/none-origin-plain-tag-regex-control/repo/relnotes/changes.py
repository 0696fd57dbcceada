"""Conventional-commit parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SUBJECT = re.compile(r"^(?P<kind>feat|fix|perf|docs|chore|refactor)(?:\((?P<scope>[\w-]+)\))?(?P<bang>!)?: (?P<text>.+)$")


@dataclass(frozen=True)
class Change:
    kind: str
    scope: str | None
    text: str
    breaking: bool


def parse_subject(subject: str) -> Change | None:
    """Parse a commit subject; None for commits that don't follow the convention."""
    m = _SUBJECT.match(subject)
    if m is None:
        return None
    return Change(m["kind"], m["scope"], m["text"], bool(m["bang"]))
