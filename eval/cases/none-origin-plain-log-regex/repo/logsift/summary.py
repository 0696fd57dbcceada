from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .parsing import LEVELS, Record, match_line, to_record


def records(lines: Iterable[str]) -> list[Record]:
    out = []
    for line in lines:
        if not line.strip() or line.startswith((" ", "\t")):
            continue  # blank lines and continuation lines of multi-line messages
        out.append(to_record(match_line(line)))
    return out


def level_counts(recs: Iterable[Record]) -> dict[str, int]:
    counts = Counter(r.level for r in recs)
    return {lvl: counts.get(lvl, 0) for lvl in LEVELS}


def noisiest_loggers(recs: Iterable[Record], n: int = 3) -> list[tuple[str, int]]:
    return Counter(r.logger for r in recs).most_common(n)
