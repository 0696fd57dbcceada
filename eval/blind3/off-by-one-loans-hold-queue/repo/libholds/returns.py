"""Route returned items: back to the shelf, or to the hold shelf of a waiting patron."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from libholds.queue import Hold, HoldQueue


@dataclass(frozen=True)
class Routing:
    barcode: str
    isbn: str
    action: str  # "shelve" | "hold" | "transit"
    hold: Hold | None = None


def read_returns(path: Path) -> list[tuple[str, str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [(r["barcode"], r["isbn"], r["branch"]) for r in csv.DictReader(fh)]


def route_return(barcode: str, isbn: str, branch: str, queues: dict[str, HoldQueue]) -> Routing:
    queue = queues.get(isbn)
    if queue is None or not len(queue):
        return Routing(barcode, isbn, "shelve")
    hold = queue.pop_next()
    if hold is None:
        return Routing(barcode, isbn, "shelve")
    action = "hold" if hold.pickup_branch == branch else "transit"
    return Routing(barcode, isbn, action, hold)
