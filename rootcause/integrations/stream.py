"""Bytes of a live stream -> complete incidents, cheaply.

:class:`StreamScanner` splits chunks into lines and feeds a
:class:`~rootcause.ingest.detector.TracebackDetector`. A chunk in which no traceback can
start (none of the detector's trigger substrings occurs in it, checked in C over the whole
chunk, after colour codes are removed, also in C) only has its last line kept, so the
detector still knows the line before a traceback (``ERROR: Exception in ASGI application``)
without a Python loop over every log line.

The detector (and the parsers behind it) is imported at the first chunk that may hold a
traceback: a command that never prints one never pays for it.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rootcause.ingest.detector import TracebackDetector
    from rootcause.model import Incident

#: Substrings without which a line cannot open a traceback: for each trigger of the
#: detector's own prefilter (``rootcause.ingest.detector.TRIGGERS``) one of these occurs in
#: it (tests check it), so this test never misses a line the detector would look at. Kept
#: here as bytes so that the hot path needs neither the detector nor a decode.
TRIGGERS: tuple[bytes, ...] = (
    b"Traceback (most recent call last)",
    b'File "',
    b"sub-exception",
    b'"exc',
    b"=====",
    b"___",
)

#: The same test in one regular expression: one call instead of one per trigger, faster on
#: the short chunks a server writes line by line (the substring searches win on long ones).
_TRIGGER_RE = re.compile(b"|".join(re.escape(t) for t in (*TRIGGERS, b"\x1b")))
#: Chunks shorter than this are tested with the regular expression.
_SHORT = 2048

#: Terminal escape sequences (the detector strips them before its own test).
_ANSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[@-Z\\-_]")

#: A line longer than this without a newline is cut (a binary blob or a minified dump).
MAX_LINE = 1 << 20
#: Lines kept to recover the text of a finished incident.
KEEP_LINES = 5000

IncidentCallback = Callable[["Incident", str], None]


def may_start(data: bytes) -> bool:
    """False when no line of ``data`` can open a traceback (C-level substring searches)."""
    if len(data) < _SHORT and _TRIGGER_RE.search(data) is None:
        return False
    if b"\x1b" in data:
        data = _ANSI.sub(b"", data)
    for trigger in TRIGGERS:  # noqa: SIM110 - no generator on the hot path
        if trigger in data:
            return True
    return False


def _last_nonblank_line(chunk: bytes) -> bytes | None:
    end = len(chunk) - 1 if chunk.endswith(b"\n") else len(chunk)
    while end >= 0:
        start = chunk.rfind(b"\n", 0, end) + 1
        line = chunk[start:end]
        if line.strip():
            return line
        end = start - 1
    return None


class StreamScanner:
    """Feed raw chunks of one stream; ``on_incident(incident, text)`` gets each finished traceback."""

    def __init__(self, on_incident: IncidentCallback) -> None:
        self._detector: TracebackDetector | None = None
        self._on_incident = on_incident
        self._partial = b""
        self._recent: deque[str] = deque(maxlen=KEEP_LINES)
        self._fed = 0
        # The last chunk with a non-blank line that skipped the detector: its last line is
        # fed (lazily) before the next chunk that may start a traceback.
        self._before: bytes | None = None

    @property
    def in_incident(self) -> bool:
        """True while a traceback is open: a pause in the output should then :meth:`flush`."""
        detector = self._detector
        return detector is not None and detector.in_incident

    def skip(self, data: bytes) -> bool:
        """Consume ``data`` if it cannot matter (no traceback open, none can start in it).

        Returns False, consuming nothing, otherwise: then :meth:`feed` it. C-level work
        only: the hot path of a chunk of ordinary log lines.
        """
        detector = self._detector
        if detector is not None and detector.in_incident:
            return False
        partial = self._partial
        buf = partial + data if partial else data
        cut = buf.rfind(b"\n")
        if cut < 0:
            if len(buf) > MAX_LINE:
                return False
            self._partial = buf
            return True
        # The unterminated tail is tested too: a false alarm at worst, never a miss.
        if len(buf) < _SHORT:
            if _TRIGGER_RE.search(buf) is not None and may_start(buf):
                return False
        elif may_start(buf):
            return False
        if cut + 1 < len(buf):
            complete, self._partial = buf[: cut + 1], buf[cut + 1 :]
        else:
            complete, self._partial = buf, b""
        if not complete.isspace():
            self._before = complete
        return True

    def feed(self, data: bytes) -> None:
        """Consume a chunk (any size, lines may straddle chunks)."""
        if self._partial:
            data = self._partial + data
        cut = data.rfind(b"\n")
        if cut < 0:
            if len(data) > MAX_LINE:
                if self.in_incident or may_start(data):
                    self._feed_before()
                    self._feed_line(data)
                else:
                    self._before = data
                data = b""
            self._partial = data
            return
        if cut + 1 < len(data):
            complete, self._partial = data[: cut + 1], data[cut + 1 :]
        else:
            complete, self._partial = data, b""
        if not self.in_incident and not may_start(complete):
            # The hot path: no traceback can start here; only the last line may matter later.
            if not complete.isspace():
                self._before = complete
            return
        self._feed_before()
        for line in complete.split(b"\n")[:-1]:
            self._feed_line(line)

    def _feed_before(self) -> None:
        if self._before is not None:
            line = _last_nonblank_line(self._before)
            self._before = None
            if line is not None:
                self._feed_line(line)

    def flush(self) -> None:
        """A pause in the output: the traceback still open is complete."""
        if self._detector is not None:
            for incident in self._detector.flush():
                self._emit(incident)

    def close(self) -> None:
        """End of the stream: feed the unterminated last line, then flush."""
        if self._partial and (self.in_incident or may_start(self._partial)):
            self._feed_before()
            self._feed_line(self._partial)
        self._partial = b""
        self.flush()

    def _feed_line(self, raw: bytes) -> None:
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        line = raw.decode("utf-8", errors="replace")
        self._recent.append(line)
        self._fed += 1
        detector = self._detector
        if detector is None:
            from rootcause.ingest.detector import TracebackDetector

            detector = self._detector = TracebackDetector()
        for incident in detector.feed(line):
            self._emit(incident)

    def _emit(self, incident: Incident) -> None:
        self._on_incident(incident, self._text_of(incident))

    def _text_of(self, incident: Incident) -> str:
        """The lines the incident was parsed from (as far as they are still kept)."""
        first_kept = self._fed - len(self._recent) + 1
        start = incident.start_line or first_kept
        end = incident.end_line or self._fed
        start, end = max(start, first_kept), min(end, self._fed)
        lines = [self._recent[n - first_kept] for n in range(start, end + 1)]
        return "\n".join(lines) + "\n"
