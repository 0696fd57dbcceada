"""``rootcause run -- CMD ...``: run a command, pass its output through, explain its tracebacks.

The command's stdout and stderr are read by two pump threads and written, byte for byte and
as soon as they arrive, to our stdout and stderr (kept apart). Only after a chunk is written
is it scanned for tracebacks (C-level substring tests per chunk, no Python work per line
while no traceback is in progress); finished tracebacks are queued to a reporting thread
whose :class:`~rootcause.integrations.session.IncidentSession` has them analysed in a worker
process, so neither the analysis nor its start-up delays the command's output. Panels
are printed on our stderr, only at a line boundary of the command's own stderr output.

Start-up is kept light: no typer, rich or analysis code is loaded in this process (the
analysis runs in the worker, started at the first traceback). The traceback parsers, the
data model and the session are imported by a background thread while the command starts
(:func:`_warm_up`), so the first traceback does not stall the passthrough with imports.

Signals: SIGTERM and SIGHUP are forwarded to the command. SIGINT is forwarded unless it came
from the terminal (we are the terminal's foreground process group, so the command, in the
same group, already received the Ctrl-C itself: forwarding would deliver it twice).
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING

from rootcause.errors import UserError
from rootcause.integrations.stream import StreamScanner

if TYPE_CHECKING:
    from rootcause.integrations.session import AnalyzerFactory, IncidentSession
    from rootcause.model import Incident

#: A pause this long inside an open traceback means it is complete.
IDLE_FLUSH_S = 0.3
#: How long to wait, after the command exited, for the analyses still in flight.
DRAIN_TIMEOUT_S = 60.0
#: Under a flood of small writes (data already waiting at each read), wait this long before
#: the next read so several writes arrive in one chunk: fewer wake-ups and system calls, for a
#: latency bounded by the window. Output at a human pace is passed on at once.
BATCH_WINDOW_S = 0.0005
#: The interpreter's thread switch interval while we run (default 5 ms): how long a pump
#: with data may wait for a thread that is parsing a traceback.
SWITCH_INTERVAL_S = 0.001
#: How long a panel waits for the command's stderr to reach the end of a line.
LINE_WAIT_S = 1.0

_FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class _Output:
    """One of our output fds, written by a pump and (stderr) by the panel printer."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.lock = threading.Lock()
        self.at_line_start = True
        self.broken = False

    def write(self, data: bytes) -> None:
        """Write everything (the caller holds ``lock``); raise BrokenPipeError when closed."""
        written = os.write(self.fd, data)
        if written < len(data):
            view = memoryview(data)[written:]
            while view:
                view = view[os.write(self.fd, view) :]
        self.at_line_start = data.endswith(b"\n")


def _color(fd: int) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return os.isatty(fd) and os.environ.get("TERM") != "dumb"
    except OSError:
        return False


def panel_writer(out: _Output) -> Callable[[list[str]], None]:
    """Print panel lines on ``out`` at a line boundary of the command's own output."""
    color = _color(out.fd)

    def write(lines: list[str]) -> None:
        text = "\n".join(f"\x1b[36m{line}\x1b[0m" if color else line for line in lines) + "\n"
        deadline = time.monotonic() + LINE_WAIT_S
        while True:
            with out.lock:
                if out.broken:
                    return
                if out.at_line_start or time.monotonic() >= deadline:
                    prefix = "" if out.at_line_start else "\n"
                    try:
                        out.write((prefix + text).encode("utf-8", errors="replace"))
                    except OSError:
                        out.broken = True
                    return
            time.sleep(0.02)

    return write


def _pump(source: IO[bytes], out: _Output, scanner: _ScanThread) -> None:
    """Copy ``source`` to ``out`` as it arrives; hand what was written to the scanner.

    The loop is the hot path of the wrapper: per chunk, two system calls and a few C-level
    searches (:meth:`StreamScanner.skip`), no Python work per line.
    """
    fd, out_fd, lock = source.fileno(), out.fd, out.lock
    read, write, clock, sleep = os.read, os.write, time.monotonic, time.sleep
    skip = scanner.scanner.skip
    flood_gap = BATCH_WINDOW_S / 5
    try:
        while True:
            before = clock()
            data = read(fd, 65536)
            if not data:
                break
            size = len(data)
            # Data already waiting (the read did not block): a flood, worth batching.
            flooded = size < 65536 and clock() - before < flood_gap
            if not out.broken:
                with lock:
                    try:
                        written = write(out_fd, data)
                        if written < size:
                            out.write(data[written:])
                    except OSError:
                        # Our reader went away (`| head`): let the command see a broken pipe too.
                        out.broken = True
                        break
                    out.at_line_start = data[-1] == 10  # b"\n"
            skipped = False
            if not scanner.pending:  # the scan thread is idle: the state is ours to test
                try:  # noqa: SIM105 - a plain try costs nothing per chunk, a suppress() object does
                    skipped = skip(data)
                except Exception:  # noqa: BLE001 - detection never stops the passthrough
                    pass
            if not skipped:
                scanner.feed(data)
            if flooded:
                sleep(BATCH_WINDOW_S)
    finally:
        scanner.close()
        source.close()


def _warm_up() -> None:
    """Import what the first traceback needs, off the output path and before it comes.

    Imported lazily by that traceback instead, these modules held the passthrough up for
    tens of milliseconds on a busy machine (import work holds the interpreter lock in
    long C-level steps); while the command itself starts, nobody waits for output.
    """
    with contextlib.suppress(Exception):
        import rootcause.ingest.detector
        import rootcause.integrations.session
        import rootcause.integrations.worker  # noqa: F401


class _ScanThread:
    """Traceback detection for one stream, off the pump's path.

    Chunks that cannot matter (no traceback open, no trigger in them) are consumed on the
    pump's thread by :meth:`StreamScanner.skip` (C-level searches only). The others, and
    every chunk after them until the scanner is idle again, go to a thread of its own
    (started then): the parsers' first import and the parsing itself never hold up the
    passthrough, beyond the interpreter's thread switch interval.
    """

    def __init__(self, scanner: StreamScanner, idle_flush: float) -> None:
        self.scanner = scanner
        self._idle_flush = idle_flush
        self._queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        #: Chunks queued and not yet scanned; only the pump raises it, only the thread lowers
        #: it. At 0 the thread does not touch the scanner's line state: the pump may skip().
        self.pending = 0
        self._thread: threading.Thread | None = None

    def feed(self, data: bytes) -> None:
        """On the pump's thread: ``data`` (written, not skipped) is scanned on the thread."""
        with self._lock:
            self.pending += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="rootcause-scan", daemon=True)
                self._thread.start()
        self._queue.put(data)

    def close(self) -> None:
        """End of the stream (on the pump's thread)."""
        with self._lock:
            thread = self._thread
        if thread is None:
            with contextlib.suppress(Exception):
                self.scanner.close()
        else:
            self._queue.put(None)

    def join(self, deadline: float) -> None:
        with self._lock:
            thread = self._thread
        while thread is not None and thread.is_alive() and time.monotonic() < deadline:
            thread.join(0.2)  # short joins keep the main thread responsive to signals

    def _loop(self) -> None:
        scanner, get = self.scanner, self._queue.get
        while True:
            try:
                data = get(timeout=self._idle_flush) if scanner.in_incident else get()
            except queue.Empty:
                # A pause inside an open traceback: it is complete.
                with contextlib.suppress(Exception):
                    scanner.flush()
                continue
            if data is None:
                with contextlib.suppress(Exception):
                    scanner.close()
                return
            with contextlib.suppress(Exception):
                scanner.feed(data)
            with self._lock:
                self.pending -= 1


class _Reports:
    """Hands finished tracebacks to an :class:`IncidentSession` in a thread of its own.

    The session (with its imports, its saved files and its analysis worker) is created in
    that thread at the first traceback: the pumps only put the incident on a queue.
    """

    def __init__(self, create: Callable[[], IncidentSession]) -> None:
        self._create = create
        self._queue: queue.SimpleQueue[tuple[Incident, str, str] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._session: IncidentSession | None = None

    def adder(self, source: str) -> Callable[[Incident, str], None]:
        def add(incident: Incident, text: str) -> None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._loop, name="rootcause-reports", daemon=True)
                    self._thread.start()
            self._queue.put((incident, text, source))

        return add

    def _loop(self) -> None:
        try:
            session = self._create()
        except Exception:  # noqa: BLE001 - no analysis, but the passthrough goes on
            session = None
        with self._lock:
            self._session = session
        while (item := self._queue.get()) is not None:
            if session is not None:
                incident, text, source = item
                with contextlib.suppress(Exception):
                    session.add(incident, text, source=source)

    def wait(self, timeout: float) -> None:
        """After the last traceback was queued: wait for its analysis (up to ``timeout``)."""
        with self._lock:
            thread = self._thread
        if thread is None:
            return
        deadline = time.monotonic() + timeout
        self._queue.put(None)
        while thread.is_alive() and time.monotonic() < deadline:
            thread.join(0.2)  # short joins keep the main thread responsive to signals
        with self._lock:
            session = self._session
        if session is not None:
            session.wait(max(0.0, deadline - time.monotonic()))

    def close(self, kill: bool = False) -> None:
        with self._lock:
            session = self._session
        if session is None:
            return
        if kill:
            session.kill()
        else:
            session.close()


def _terminal_sent_sigint() -> bool:
    """True when a SIGINT most likely came from the terminal to our whole process group."""
    for fd in (0, 1, 2):
        try:
            if os.isatty(fd):
                return os.tcgetpgrp(fd) == os.getpgrp()
        except OSError:
            continue
    return False


def run_wrapped(
    argv: list[str],
    *,
    repo: Path,
    report_file: Path | None = None,
    out_fd: int = 1,
    err_fd: int = 2,
    analyzer: AnalyzerFactory | None = None,
    idle_flush: float = IDLE_FLUSH_S,
    drain_timeout: float = DRAIN_TIMEOUT_S,
    warm_up: bool = True,
) -> int:
    """Run ``argv``; return its exit status (negative: killed by that signal, as Popen does).

    ``analyzer`` makes the analyzer of each traceback (default: a worker process).
    ``warm_up``: import the traceback parsers in the background at once (see :func:`_warm_up`).
    """
    if not argv:
        raise UserError("give the command to run after --, e.g. rootcause run -- uvicorn app.main:app")
    env = dict(os.environ)
    if "PYTHONUNBUFFERED" not in env and (_isatty(out_fd) or _isatty(err_fd)):
        # Run bare in a terminal, a Python command would flush each line; through our pipes
        # it would buffer its stdout instead. Keep its output as live as it would have been.
        env["PYTHONUNBUFFERED"] = "1"
    forwarding = _SignalForwarder()
    forwarding.install()
    try:
        child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    except FileNotFoundError:
        forwarding.restore()
        raise UserError(f"command not found: {argv[0]}", exit_code=127) from None
    except PermissionError:
        forwarding.restore()
        raise UserError(f"command not executable: {argv[0]}", exit_code=126) from None
    forwarding.attach(child)

    out, err = _Output(out_fd), _Output(err_fd)

    def create_session() -> IncidentSession:
        from rootcause.integrations.session import IncidentSession
        from rootcause.integrations.worker import ProcessAnalyzer

        return IncidentSession(repo, panel_writer(err), report_file=report_file, analyzer=analyzer or ProcessAnalyzer)

    reports = _Reports(create_session)
    # While a scanning or reporting thread runs Python code (the first traceback's imports,
    # parsing), a pump with data waits for the GIL at most this long.
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
    scanners: list[_ScanThread] = []
    pumps: list[threading.Thread] = []
    for stream, output, name in ((child.stdout, out, "stdout"), (child.stderr, err, "stderr")):
        if stream is None:
            continue
        scanners.append(_ScanThread(StreamScanner(reports.adder(name)), idle_flush))
        pumps.append(
            threading.Thread(target=_pump, args=(stream, output, scanners[-1]), name=f"rootcause-{name}", daemon=True)
        )
    for pump in pumps:
        pump.start()
    if warm_up:
        threading.Thread(target=_warm_up, name="rootcause-warm-up", daemon=True).start()

    try:
        returncode = child.wait()
        for pump in pumps:
            while pump.is_alive():
                pump.join(0.2)
        deadline = time.monotonic() + drain_timeout
        for scanner in scanners:
            scanner.join(deadline)
        reports.wait(max(0.0, deadline - time.monotonic()))
    except KeyboardInterrupt:
        # Ctrl-C after the command ended (or a second one): stop waiting for analyses.
        reports.close(kill=True)
        if child.poll() is None:
            child.send_signal(signal.SIGINT)
        returncode = child.wait()
    finally:
        forwarding.restore()
        reports.close()
    return returncode


def _isatty(fd: int) -> bool:
    try:
        return os.isatty(fd)
    except OSError:
        return False


class _SignalForwarder:
    """Forwards SIGINT/SIGTERM/SIGHUP to the child; installed before the child starts."""

    def __init__(self) -> None:
        self._child: subprocess.Popen[bytes] | None = None
        self._early: list[int] = []
        self._previous: dict[int, object] = {}

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in _FORWARDED:
            self._previous[sig] = signal.signal(sig, self._handle)

    def attach(self, child: subprocess.Popen[bytes]) -> None:
        """The child exists: deliver what arrived while it was starting."""
        self._child = child
        for signum in self._early:
            self._forward(signum)
        self._early.clear()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        child = self._child
        if child is None:
            self._early.append(signum)
            return
        if child.poll() is not None:
            if signum == signal.SIGINT:
                raise KeyboardInterrupt
            return
        if signum == signal.SIGINT and _terminal_sent_sigint():
            return  # the terminal sent it to the child too
        self._forward(signum)

    def _forward(self, signum: int) -> None:
        child = self._child
        if child is not None and child.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                child.send_signal(signum)

    def restore(self) -> None:
        for sig, old in self._previous.items():
            signal.signal(sig, old)  # type: ignore[arg-type]
        self._previous.clear()


def exit_like(returncode: int) -> int:
    """Our exit status for the command's: a signal death is re-raised on ourselves."""
    if returncode >= 0:
        return returncode
    signum = -returncode
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        time.sleep(0.1)
    except (OSError, ValueError):
        pass
    return 128 + signum
