"""Analysis off the output path: a worker process (or thread) that turns incidents into reports.

:class:`ProcessAnalyzer` runs ``python -m rootcause.integrations.worker --repo REPO`` and talks
to it with length-prefixed pickles over its stdin/stdout (both ends are our own code). The
worker has its own interpreter, so a slow or CPU-heavy analysis never holds the GIL of the
process that passes a command's output through. :class:`ThreadAnalyzer` does the same in a
thread, for callers without a latency-critical path (``rootcause watch``).

Results arrive through ``on_result(job_id, report, error)`` on a background thread.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Protocol

from rootcause.model import Incident, Report

ResultCallback = Callable[[int, Report | None, str | None], None]

_HEADER = struct.Struct(">I")
#: Added to the analysis worker's nice value (a lower scheduling priority).
WORKER_NICENESS = 10


class Analyzer(Protocol):
    def submit(self, job_id: int, incident: Incident) -> None: ...

    def close(self) -> None: ...


def analyze_one(incident: Incident, repo: Path) -> Report:
    """The offline-first analysis of one incident, with the user's settings for ``repo``."""
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.config import load_settings

    settings = load_settings(repo)
    return analyze_incident(incident, repo=repo, settings=settings, top=5)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


# -- framing ----------------------------------------------------------------------------


def write_frame(stream: IO[bytes], payload: Any) -> None:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any | None:
    """The next object, or None at end of stream."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


# -- process ----------------------------------------------------------------------------


class ProcessAnalyzer:
    """Analyses in a child process started on the first :meth:`submit`."""

    def __init__(self, repo: Path, on_result: ResultCallback) -> None:
        self._repo = repo
        self._on_result = on_result
        self._proc: subprocess.Popen[bytes] | None = None
        self._pending: set[int] = set()
        self._lock = threading.Lock()
        self._reader: threading.Thread | None = None
        self._closed = False

    def _start(self) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "rootcause.integrations.worker", "--repo", str(self._repo)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            # Its own session: the terminal's Ctrl-C goes to the wrapped command, not to it.
            start_new_session=True,
            close_fds=True,
        )
        self._reader = threading.Thread(target=self._read, args=(proc,), name="rootcause-results", daemon=True)
        self._reader.start()
        return proc

    def submit(self, job_id: int, incident: Incident) -> None:
        with self._lock:
            if self._closed:
                return
            if self._proc is None:
                self._proc = self._start()
            self._pending.add(job_id)
            proc = self._proc
        try:
            assert proc.stdin is not None
            write_frame(proc.stdin, (job_id, incident))
        except (OSError, ValueError) as exc:
            self._fail(job_id, f"analysis worker unavailable ({_describe(exc)})")

    def _fail(self, job_id: int, error: str) -> None:
        with self._lock:
            if job_id not in self._pending:
                return
            self._pending.discard(job_id)
        self._on_result(job_id, None, error)

    def _read(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        while True:
            try:
                message = read_frame(proc.stdout)
            except Exception as exc:  # noqa: BLE001 - a corrupt frame ends the worker
                message = None
                reason = _describe(exc)
            else:
                reason = "the analysis worker exited"
            if message is None:
                with self._lock:
                    lost = sorted(self._pending)
                for job_id in lost:
                    self._fail(job_id, reason)
                return
            job_id, report, error = message
            with self._lock:
                self._pending.discard(job_id)
            self._on_result(job_id, report, error)

    def close(self, timeout: float = 5.0) -> None:
        """Stop accepting work; wait (up to ``timeout``) for the worker to finish, then reap it."""
        with self._lock:
            self._closed = True
            proc = self._proc
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def kill(self) -> None:
        """Stop now, dropping pending analyses."""
        self.close(timeout=0)
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()


# -- thread -----------------------------------------------------------------------------


class ThreadAnalyzer:
    """Analyses in one background thread, in submission order."""

    def __init__(self, repo: Path, on_result: ResultCallback) -> None:
        self._repo = repo
        self._on_result = on_result
        self._queue: queue.Queue[tuple[int, Incident] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name="rootcause-analysis", daemon=True)
        self._thread.start()

    def submit(self, job_id: int, incident: Incident) -> None:
        self._queue.put((job_id, incident))

    def _loop(self) -> None:
        while (job := self._queue.get()) is not None:
            job_id, incident = job
            try:
                report = analyze_one(incident, self._repo)
            except Exception as exc:  # noqa: BLE001 - reported next to the traceback
                self._on_result(job_id, None, _describe(exc))
            else:
                self._on_result(job_id, report, None)

    def close(self) -> None:
        self._queue.put(None)


# -- the worker process -------------------------------------------------------------------


def worker_main(argv: list[str]) -> int:
    """``python -m rootcause.integrations.worker --repo REPO``: serve analyses until stdin closes."""
    repo = Path(argv[argv.index("--repo") + 1]) if "--repo" in argv else Path(".")
    # Below the command we serve: on a busy machine the scheduler runs the command and the
    # passthrough first, and the analysis with what is left.
    with contextlib.suppress(OSError, AttributeError):
        os.nice(WORKER_NICENESS)
    # The protocol owns the real stdout; anything the analysis prints goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    inp = sys.stdin.buffer
    while (message := read_frame(inp)) is not None:
        job_id, incident = message
        try:
            report = analyze_one(incident, repo)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            write_frame(out, (job_id, None, _describe(exc)))
        else:
            write_frame(out, (job_id, report, None))
    return 0


if __name__ == "__main__":
    sys.exit(worker_main(sys.argv[1:]))
