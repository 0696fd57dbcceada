"""Find tracebacks in a stream of lines, incrementally.

:class:`TracebackDetector` is fed one line at a time (a log file, a pasted chat message, or
the live output of a server under ``rootcause run``) and returns each incident as soon as
it is complete: when a line that cannot continue it arrives, or at :meth:`flush`.

Lines that cannot start a traceback cost one or two substring tests: the prefilter runs
before any regular expression.
"""

from __future__ import annotations

import re
from typing import Protocol

from rootcause.ingest import patterns as P
from rootcause.ingest.formats import start_machine
from rootcause.ingest.pytest_report import PytestSectionMachine
from rootcause.ingest.python_tb import CONTINUE, DONE, EMIT, PythonTracebackMachine
from rootcause.model import Incident


class Machine(Protocol):
    """A parser following one incident of one format."""

    def feed(self, line: str, lineno: int) -> int: ...

    def take(self) -> list[Incident]: ...

    def finish_all(self) -> list[Incident]: ...


#: Terminal colour / cursor escape sequences (IPython, pytest --color=yes, rich).
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[@-Z\\-_]")

#: Substrings of lines that may open an incident (the cheap prefilter). A line without any
#: of them cannot start a traceback, a pytest section, or a JSON record carrying one.
_TRIGGERS = (
    P.TRACEBACK_MARK,  # CPython, IPython, INTERNALERROR>, Django, logging
    'File "',  # SyntaxError without a header, tracebacks whose header was cut
    "sub-exception",  # an exception group printed without a header
    '"exc',  # JSON: "exception" (structlog, Sentry), "exc_info" (python-json-logger)
    "=====",  # pytest section rules
    "___",  # pytest test blocks
)
#: Public name of the prefilter (rootcause.integrations.stream checks raw chunks with it).
TRIGGERS = _TRIGGERS
#: The same test over a whole block of text (ANSI-coloured lines are looked at one by one).
_BLOCK_TRIGGERS = (*_TRIGGERS, "\x1b")
#: Line starts the pytest section machine looks at (every other line is plain block text).
_SECTION_MARKS = ("\n=", "\n_", "\n-")
#: How far ahead one bulk step of a pytest section looks for those lines.
_SECTION_WINDOW = 1 << 14


class TracebackDetector:
    """Incremental traceback finder: ``feed`` lines, collect finished incidents.

    >>> det = TracebackDetector()
    >>> incidents = [i for line in text.split("\\n") for i in det.feed(line)] + det.flush()
    """

    __slots__ = ("_lineno", "_machine", "_prev")

    def __init__(self) -> None:
        self._machine: Machine | None = None
        self._prev = ""
        self._lineno = 0

    @property
    def lineno(self) -> int:
        """Number of lines fed so far."""
        return self._lineno

    @property
    def in_incident(self) -> bool:
        """True while an incident is open (more lines may still belong to it)."""
        return self._machine is not None

    def feed(self, line: str) -> list[Incident]:
        """Consume one line (trailing newline optional); return the incidents it completed."""
        if line.endswith("\n"):
            line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
        if "\x1b" in line:
            line = _ANSI.sub("", line)
        return self._feed_clean(line)

    def _feed_clean(self, line: str) -> list[Incident]:
        """:meth:`feed` for a line without line end or escape sequences."""
        self._lineno += 1
        machine = self._machine
        if machine is None:
            # The hot path: most lines of a log are not tracebacks.
            for trigger in _TRIGGERS:
                if trigger in line:
                    break
            else:
                if line.strip():
                    self._prev = line
                return []
            return self._start(line)
        status = machine.feed(line, self._lineno)
        if status == CONTINUE:
            return []
        return self._ended(machine, status, line)

    def _ended(self, machine: Machine, status: int, line: str) -> list[Incident]:
        """After ``machine`` answered ``status`` (not CONTINUE) to ``line``."""
        if status == EMIT:
            return machine.take()
        self._machine = None
        found = machine.finish_all()
        if status == DONE:
            return found
        return found + self._start(line)

    def feed_block(self, text: str) -> list[Incident]:
        """Consume whole lines at once (``text`` ends at a line end or at the end of input).

        Same result as feeding each line, but runs of lines that cannot start an incident
        are skipped with one C-level search instead of a Python call per line, and so are
        the plain frames of a CPython traceback and the body lines of a pytest report.
        """
        found: list[Incident] = []
        pos = 0
        size = len(text)
        # Next occurrence of each trigger at or after pos (str.find is far faster than a
        # regex alternation; each trigger's scan moves forward only).
        find = text.find
        bulk = "\r" not in text and "\x1b" not in text
        # Clean text (no CR, no escapes): lines go to the machine as they are.
        feed = self._feed_clean if bulk else self.feed
        upcoming = [find(t) for t in _BLOCK_TRIGGERS]
        while pos < size:
            machine = self._machine
            if machine is None:
                first = size
                for index, at in enumerate(upcoming):
                    if 0 <= at < pos:
                        at = upcoming[index] = find(_BLOCK_TRIGGERS[index], pos)
                    if 0 <= at < first:
                        first = at
                line_start = size if first == size else max(text.rfind("\n", pos, first) + 1, pos)
                if line_start > pos:
                    self._skip(text, pos, line_start)
                    pos = line_start
                    if pos >= size:
                        break
            elif bulk:
                if type(machine) is PythonTracebackMachine:
                    if text.startswith('  File "', pos):
                        pos, lines = machine.consume_frames(text, pos, self._lineno + 1)
                        if lines:
                            self._lineno += lines
                            continue
                elif type(machine) is PytestSectionMachine and text[pos] not in "=_-":
                    # Up to the next line that opens or closes a block or a section, looked
                    # for in a bounded window (each mark only before the nearest one found).
                    limit = min(size, pos + _SECTION_WINDOW)
                    stop = limit
                    for mark in _SECTION_MARKS:
                        at = find(mark, pos, stop)
                        if at >= 0:
                            stop = at
                    if stop == size:
                        stop = size - 1 if text.endswith("\n") else size
                    elif stop == limit:
                        # No mark in the window: up to its last whole line (none: one line).
                        stop = text.rfind("\n", pos, limit)
                    if stop >= pos:
                        body = text[pos:stop].split("\n")
                        machine.consume_lines(body)
                        self._lineno += len(body)
                        pos = stop + 1
                        continue
            end = find("\n", pos)
            if end < 0:
                end = size
            line = text[pos:end]
            pos = end + 1
            if machine is not None and bulk:
                # _feed_clean inlined: the common case (the line continues the incident)
                # costs one call.
                self._lineno += 1
                status = machine.feed(line, self._lineno)
                if status == CONTINUE:
                    continue
                result = self._ended(machine, status, line)
            else:
                result = feed(line)
            if result:
                found.extend(result)
        return found

    def _skip(self, text: str, start: int, stop: int) -> None:
        """Count the noise lines text[start:stop] and remember the last non-blank one."""
        self._lineno += text.count("\n", start, stop)
        if text[stop - 1] != "\n":
            self._lineno += 1  # an unterminated last line
        end = stop - 1 if stop > start and text[stop - 1] == "\n" else stop
        while end > start:
            begin = max(text.rfind("\n", start, end) + 1, start)
            line = text[begin:end]
            if line.strip():
                self._prev = line[:-1] if line.endswith("\r") else line
                return
            end = begin - 1

    def flush(self) -> list[Incident]:
        """End of input (or a pause in live output): return the incident still open, if any."""
        machine = self._machine
        self._machine = None
        if machine is None:
            return []
        return machine.finish_all()

    def _start(self, line: str) -> list[Incident]:
        """Try the parsers on a trigger line; keep the one that accepts it."""
        machine = start_machine(line, self._lineno, self._prev)
        if machine is None or isinstance(machine, list):
            if line.strip():
                self._prev = line
            return machine or []
        self._machine = machine
        self._prev = ""
        return []
