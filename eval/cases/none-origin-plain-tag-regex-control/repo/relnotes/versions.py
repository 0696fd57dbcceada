from __future__ import annotations

import re

from .changes import Change


def parse_tag(tag: str) -> tuple[int, int, int]:
    """'v1.4.2' -> (1, 4, 2)"""
    major, minor, patch = re.match(r"v(\d+)\.(\d+)\.(\d+)$", tag).groups()
    return int(major), int(minor), int(patch)


def next_version(last_tag: str, changes: list[Change]) -> str:
    major, minor, patch = parse_tag(last_tag)
    if any(c.breaking for c in changes):
        return f"v{major + 1}.0.0"
    if any(c.kind == "feat" for c in changes):
        return f"v{major}.{minor + 1}.0"
    return f"v{major}.{minor}.{patch + 1}"
