"""python -m relnotes HISTORY_FILE

HISTORY_FILE holds `git tag --sort=-creatordate | head -1` on its first line and
`git log --format=%s <tag>..HEAD` below it.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from .changes import Change, parse_subject
from .versions import next_version

TITLES = {"feat": "Features", "fix": "Bug fixes", "perf": "Performance"}


class ReleaseError(RuntimeError):
    pass


def render(version: str, changes: list[Change]) -> str:
    groups: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        if change.kind in TITLES:
            groups[change.kind].append(change)
    out = [f"## {version}"]
    for kind, title in TITLES.items():
        if groups[kind]:
            out.append(f"\n### {title}")
            out.extend(f"- {c.text}" + (f" ({c.scope})" if c.scope else "") for c in groups[kind])
    return "\n".join(out)


def main(path: str) -> int:
    last_tag, *subjects = Path(path).read_text(encoding="utf-8").splitlines()
    changes = [c for c in map(parse_subject, subjects) if c is not None]
    try:
        version = next_version(last_tag.strip(), changes)
    except (AttributeError, ValueError) as exc:
        raise ReleaseError(f"cannot compute the next version after {last_tag!r}") from exc
    print(render(version, changes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
