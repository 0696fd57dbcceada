"""Bytes of a live stream -> complete incidents, cheaply.

:class:`StreamScanner` splits chunks into lines and feeds a
:class:`~rootcause.ingest.detector.TracebackDetector`. A chunk in which no traceback can
start (none of the detector's trigger substrings occurs in it, checked in C over the whole
chunk) only has its last line fed, so the detector still knows the line before a traceback
(``ERROR: Exception in ASGI application``) without a Python loop over every log line.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from rootcause.ingest.detector import TracebackDetector
from rootcause.model import Incident

try:  # the detector's prefilter; without it every line goes through the detector
    from rootcause.ingest.detector import TRIGGERS as _DETECTOR_TRIGGERS

    # ESC too: the detector strips colour codes before its own test, so a coloured line
    # must reach it.
    TRIGGERS: tuple[bytes, ...] | None = (*(t.encode() for t in _DETECTOR_TRIGGERS), b"\x1b")
except ImportError:  # pragma: no cover - depends on the ingest stage's version
    TRIGGERS = None

#: A line longer than this without a newline is cut (a binary blob or a minified dump).
MAX_LINE = 1 << 20
#: Lines kept to recover the text of a finished incident.
KEEP_LINES = 5000

IncidentCallback = Callable[[Incident, str], None]


def _may_start(data: bytes) -> bool:
    if TRIGGERS is None:
        return True
    return any(trigger in data for trigger in TRIGGERS)


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
        self._detector = TracebackDetector()
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
        return self._detector.in_incident

    def feed(self, data: bytes) -> None:
        """Consume a chunk (any size, lines may straddle chunks)."""
        if self._partial:
            data = self._partial + data
        cut = data.rfind(b"\n")
        if cut < 0:
            if len(data) > MAX_LINE:
                self._feed_before()
                self._feed_line(data)
                data = b""
            self._partial = data
            return
        if cut + 1 < len(data):
            complete, self._partial = data[: cut + 1], data[cut + 1 :]
        else:
            complete, self._partial = data, b""
        if not self._detector.in_incident and not _may_start(complete):
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
        for incident in self._detector.flush():
            self._emit(incident)

    def close(self) -> None:
        """End of the stream: feed the unterminated last line, then flush."""
        if self._partial:
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
        for incident in self._detector.feed(line):
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
