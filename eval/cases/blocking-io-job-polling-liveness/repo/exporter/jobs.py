"""A minimal job runner for CSV exports (jobs run in a worker thread pool)."""

from __future__ import annotations

import csv
import io
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="export")
_jobs: dict[str, Future[str]] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class JobStatus:
    id: str
    done: bool
    result: str | None = None


def _render_csv(rows: int) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "amount"])
    for i in range(rows):
        time.sleep(0.01)  # stands in for fetching each row from the warehouse
        writer.writerow([i, i * 3])
    return buf.getvalue()


def submit_export(rows: int) -> str:
    job_id = uuid.uuid4().hex[:12]
    with _lock:
        _jobs[job_id] = _pool.submit(_render_csv, rows)
    return job_id


def status(job_id: str) -> JobStatus:
    with _lock:
        future = _jobs[job_id]
    if not future.done():
        return JobStatus(job_id, done=False)
    return JobStatus(job_id, done=True, result=future.result())


def wait_for(job_id: str, poll_interval: float = 0.25, timeout: float = 60.0) -> JobStatus:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        current = status(job_id)
        if current.done:
            return current
        time.sleep(poll_interval)
    raise TimeoutError(f"export job {job_id} did not finish in {timeout}s")
