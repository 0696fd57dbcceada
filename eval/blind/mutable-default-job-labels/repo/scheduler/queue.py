from __future__ import annotations

import heapq
import itertools

from .jobs import Job
from .validation import validate


class JobQueue:
    def __init__(self) -> None:
        self._heap: list[tuple[int, int, Job]] = []
        self._seq = itertools.count()

    def submit(self, job: Job) -> None:
        validate(job)
        heapq.heappush(self._heap, (job.priority, next(self._seq), job))

    def __len__(self) -> int:
        return len(self._heap)
