"""Weigh-in storage. The depot runs this in-process; receipts are exported nightly."""

from __future__ import annotations

import itertools
import threading
from collections import defaultdict

from schemas import RouteTally, WeighReceipt


class WeighInRepository:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._receipts: list[WeighReceipt] = []
        self._counters: dict[str, itertools.count] = defaultdict(lambda: itertools.count(1))

    def next_receipt_no(self, depot_code: str, route_id: str) -> str:
        with self._lock:
            return f"{depot_code}-{route_id}-{next(self._counters[route_id]):05d}"

    def save(self, receipt: WeighReceipt) -> None:
        with self._lock:
            self._receipts.append(receipt)

    def tally(self, route_id: str) -> RouteTally:
        rows = [r for r in self._receipts if r.route_id == route_id]
        return RouteTally(
            routeId=route_id,
            bins=len({r.bin_id for r in rows}),
            creditedKg=round(sum(r.credited_kg for r in rows), 1),
        )


repository = WeighInRepository()


def get_repository() -> WeighInRepository:
    return repository
