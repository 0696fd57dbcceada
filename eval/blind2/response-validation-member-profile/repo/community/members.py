"""Member records (loaded from the forum export)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Member:
    handle: str
    display_name: str
    joined: date
    interests: list[str] = field(default_factory=list)
    posts: int = 0


MEMBERS: dict[str, Member] = {
    "grace": Member("grace", "Grace H.", date(2019, 3, 2), ["compilers", "navy", "cobol"], 1288),
    "linus": Member("linus", "Linus T.", date(2021, 8, 25), ["kernels"], 42),
}
