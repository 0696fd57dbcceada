"""``rootcause watch LOGFILE``: follow a log file like ``tail -F`` and explain each traceback.

Starts at the end of the file (only what is written from now on), then polls: new bytes are
scanned; a file replaced by a new one (rotation: another inode at the path) is read to its
end, then the new file is followed from its start; a file that shrank (truncation, ``> log``)
is read again from its start; a path that disappeared is waited for.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from rootcause.errors import UserError
from rootcause.integrations.run import _Output, panel_writer
from rootcause.integrations.session import AnalyzerFactory, IncidentSession
from rootcause.integrations.stream import StreamScanner
from rootcause.integrations.worker import ThreadAnalyzer

POLL_S = 0.2
CHUNK = 1 << 16


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def follow(
    path: Path, *, from_start: bool = False, poll: float = POLL_S, stop: threading.Event | None = None
) -> Iterator[bytes]:
    """Yield the bytes appended to ``path`` as they come; ``b""`` on each idle poll.

    Ends when ``stop`` is set. Raises :class:`UserError` when ``path`` cannot be opened at start.
    """
    stop = stop or threading.Event()
    try:
        handle: BinaryIO | None = path.open("rb")
    except FileNotFoundError:
        raise UserError(f"log file not found: {path}") from None
    except IsADirectoryError:
        raise UserError(f"not a file: {path}") from None
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    assert handle is not None
    identity = _identity(os.fstat(handle.fileno()))
    if not from_start:
        handle.seek(0, os.SEEK_END)
    try:
        while not stop.is_set():
            if handle is not None:
                data = handle.read(CHUNK)
                if data:
                    yield data
                    continue
            yield b""
            try:
                st = path.stat()
            except FileNotFoundError:
                st = None  # rotated away; wait for the new file
            if st is not None:
                if handle is None or _identity(st) != identity:
                    if handle is not None:
                        rest = handle.read()  # written to the old file before the switch
                        handle.close()
                        handle = None
                        if rest:
                            yield rest
                    try:
                        handle = path.open("rb")
                    except OSError:
                        handle = None
                    else:
                        identity = _identity(os.fstat(handle.fileno()))
                    continue
                if st.st_size < handle.tell():
                    handle.seek(0)  # truncated: start over
                    continue
            stop.wait(poll)
    finally:
        if handle is not None:
            handle.close()


def watch_file(
    path: Path,
    *,
    repo: Path,
    report_file: Path | None = None,
    out_fd: int = 1,
    analyzer: AnalyzerFactory = ThreadAnalyzer,
    from_start: bool = False,
    poll: float = POLL_S,
    stop: threading.Event | None = None,
    idle_flush: float = 0.3,
    on_ready: Callable[[], None] | None = None,
) -> int:
    """Follow ``path`` until ``stop`` is set (or Ctrl-C); print a panel per new traceback.

    ``on_ready`` is called once the file is open and positioned (at its end by default).
    """
    out = _Output(out_fd)
    session = IncidentSession(repo, panel_writer(out), report_file=report_file, analyzer=analyzer)
    scanner = StreamScanner(lambda incident, text: session.add(incident, text, source=str(path)))
    stream = follow(path, from_start=from_start, poll=poll, stop=stop)
    quiet_since: float | None = None
    try:
        first = True
        for data in stream:
            if first:
                print(f"rootcause: watching {path} for tracebacks (Ctrl-C to stop)", file=sys.stderr, flush=True)
                first = False
                if on_ready is not None:
                    on_ready()
            if data:
                scanner.feed(data)
                quiet_since = None
            elif scanner.in_incident:
                now = time.monotonic()
                if quiet_since is None:
                    quiet_since = now
                elif now - quiet_since >= idle_flush:
                    scanner.flush()
                    quiet_since = None
        scanner.close()
        session.wait(30.0)
    except KeyboardInterrupt:
        pass
    finally:
        session.close()
    return 0
