"""``rootcause run -- CMD ...``: run a command, pass its output through, explain its tracebacks.

The command's stdout and stderr are read by two pump threads and written, byte for byte and
as soon as they arrive, to our stdout and stderr (kept apart). Only after a chunk is written
is it scanned for tracebacks; finished tracebacks go to an :class:`IncidentSession`, whose
analysis runs in a worker process, so analysis never delays the command's output. Panels
are printed on our stderr, only at a line boundary of the command's own stderr output.

Signals: SIGTERM and SIGHUP are forwarded to the command. SIGINT is forwarded unless it came
from the terminal (we are the terminal's foreground process group, so the command, in the
same group, already received the Ctrl-C itself: forwarding would deliver it twice).
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import IO

from rootcause.errors import UserError
from rootcause.integrations.session import AnalyzerFactory, IncidentSession
from rootcause.integrations.stream import StreamScanner
from rootcause.integrations.worker import ProcessAnalyzer
from rootcause.model import Incident

#: A pause this long inside an open traceback means it is complete.
IDLE_FLUSH_S = 0.3
#: How long to wait, after the command exited, for the analyses still in flight.
DRAIN_TIMEOUT_S = 60.0
#: Under a flood of small writes (data already waiting at each read), wait this long before
#: the next read so several writes arrive in one chunk: fewer wake-ups and system calls, for a
#: latency bounded by the window. Output at a human pace is passed on at once.
BATCH_WINDOW_S = 0.0005
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
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]
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


def _pump(source: IO[bytes], out: _Output, scanner: StreamScanner, idle_flush: float) -> None:
    """Copy ``source`` to ``out`` as it arrives; scan what was written for tracebacks."""
    fd = source.fileno()
    try:
        while True:
            if scanner.in_incident:
                ready, _, _ = select.select([fd], [], [], idle_flush)
                if not ready:
                    scanner.flush()
                    continue
            before = time.monotonic()
            data = os.read(fd, 65536)
            if not data:
                break
            # Data already waiting (the read did not block): a flood, worth batching.
            flooded = time.monotonic() - before < BATCH_WINDOW_S / 5
            if not out.broken:
                with out.lock:
                    try:
                        out.write(data)
                    except OSError:
                        # Our reader went away (`| head`): let the command see a broken pipe too.
                        out.broken = True
                        break
            with contextlib.suppress(Exception):  # detection must never stop the passthrough
                scanner.feed(data)
            if flooded and len(data) < 65536:
                time.sleep(BATCH_WINDOW_S)
    finally:
        with contextlib.suppress(Exception):
            scanner.close()
        source.close()


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
    analyzer: AnalyzerFactory = ProcessAnalyzer,
    idle_flush: float = IDLE_FLUSH_S,
    drain_timeout: float = DRAIN_TIMEOUT_S,
) -> int:
    """Run ``argv``; return its exit status (negative: killed by that signal, as Popen does)."""
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
    session = IncidentSession(repo, panel_writer(err), report_file=report_file, analyzer=analyzer)
    pumps = [
        threading.Thread(
            target=_pump,
            args=(stream, output, StreamScanner(_adder(session, name)), idle_flush),
            name=f"rootcause-{name}",
            daemon=True,
        )
        for stream, output, name in ((child.stdout, out, "stdout"), (child.stderr, err, "stderr"))
        if stream is not None
    ]
    for pump in pumps:
        pump.start()

    try:
        returncode = child.wait()
        for pump in pumps:
            while pump.is_alive():
                pump.join(0.2)
        session.wait(drain_timeout)
    except KeyboardInterrupt:
        # Ctrl-C after the command ended (or a second one): stop waiting for analyses.
        session.kill()
        if child.poll() is None:
            child.send_signal(signal.SIGINT)
        returncode = child.wait()
    finally:
        forwarding.restore()
        session.close()
    return returncode


def _adder(session: IncidentSession, source: str) -> Callable[[Incident, str], None]:
    def add(incident: Incident, text: str) -> None:
        session.add(incident, text, source=source)

    return add


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
