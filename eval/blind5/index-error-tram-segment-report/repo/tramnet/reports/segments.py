"""Fault counts per track segment (pair of consecutive stops) of one line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from tramnet.faults import FaultRecord
from tramnet.network import Line


@dataclass(frozen=True)
class SegmentRow:
    from_stop: str
    to_stop: str
    faults: int
    open_faults: int


def _key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def line_segments(line: Line) -> list[tuple[str, str]]:
    pairs = []
    for i in range(len(line.stops)):
        here, nxt = line.stops[i], line.stops[i + 1]
        pairs.append((here, nxt))
    return pairs


def segment_report(line: Line, faults: list[FaultRecord]) -> list[SegmentRow]:
    total: Counter[frozenset[str]] = Counter()
    still_open: Counter[frozenset[str]] = Counter()
    for fault in faults:
        if fault.line != line.number or fault.to_stop is None:
            continue
        key = _key(fault.from_stop, fault.to_stop)
        total[key] += 1
        if fault.closed is None:
            still_open[key] += 1
    return [
        SegmentRow(a, b, total[_key(a, b)], still_open[_key(a, b)])
        for a, b in line_segments(line)
    ]
