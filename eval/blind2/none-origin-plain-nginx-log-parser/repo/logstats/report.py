"""Slowest endpoints report.

    python -m logstats.report samples/access.log
"""
from __future__ import annotations

import sys
from collections import defaultdict
from statistics import mean

from logstats.parse import parse_line


def main(path: str) -> None:
    timings: defaultdict[tuple[str, str], list[float]] = defaultdict(list)
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            hit = parse_line(line)
            if hit is not None:
                timings[(hit.method, hit.path)].append(hit.seconds)
    ranked = sorted(timings.items(), key=lambda kv: mean(kv[1]), reverse=True)
    for (method, path), values in ranked[:10]:
        print(f"{method:6} {path:30} {mean(values) * 1000:8.1f} ms  ({len(values)} hits)")


if __name__ == "__main__":
    main(sys.argv[1])
