"""IPython / Jupyter tracebacks (8.x and later; 7.x arrow frames).

::

    ---------------------------------------------------------------------------
    ZeroDivisionError                         Traceback (most recent call last)
    Cell In[1], line 5, in outer(v)             # 8.x: also "File /path/x.py:2, in f(x)"
          4 try:
    ----> 5     return helper(v)
    <BLANK>
    ZeroDivisionError: division by zero

IPython 7.x prints ``/path/x.py in f(x)`` (or ``<ipython-input-1-...> in <module>``) and
the line number only on the ``---->`` arrow line. Chains print CPython's separators, then a
new ``Type   Traceback (most recent call last)`` header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rootcause.ingest import patterns as P
from rootcause.ingest.python_tb import CONTINUE, MAX_MESSAGE_LINES, REPROCESS, shared_frame
from rootcause.model import ExceptionInfo, Frame, Incident, Relation

HEADER = re.compile(r"^(?P<type>[A-Za-z_][\w.]*)\s{2,}Traceback \(most recent call last\)\s*$")
DASHES = re.compile(r"^-{20,}\s*$")
CELL_FRAME = re.compile(
    r"^(?P<path>Cell In\[\d+\]), line (?P<lineno>\d+)(?:, in (?P<func>.+?))?\s*$"
)
FILE_FRAME = re.compile(r"^File (?P<path>.+?):(?P<lineno>\d+)(?:, in (?P<func>.+?))?\s*$")
OLD_FRAME = re.compile(r"^(?P<path>\S.*?) in (?P<func>(?:<[^>]*>|[^\s(]+)(?:\(.*\))?)\s*$")
ARROW = re.compile(r"^-*> ?(?P<lineno>\d+)(?: (?P<code>.*))?$")
CONTEXT_LINE = re.compile(r"^\s+\d+(?: |$)")
SKIPPING = re.compile(r"^\s*(?:\[\.\.\. skipping|\.\.\. last \d+ frames? repeated)")

_FRAMES, _MESSAGE, _CHAIN = 0, 1, 2
#: First characters of a stripped chain separator ("The above ..." / "During handling ...").
_CHAIN_FIRST = frozenset("TD")


def _function(raw: str | None) -> str:
    if not raw:
        return "<module>"
    if raw.startswith("<"):  # "<module>", "<cell line: 0>()" (IPython 7.34), "<genexpr>(.0)"
        close = raw.find(">")
        return raw[: close + 1] if close > 0 else raw
    paren = raw.find("(")
    return raw[:paren] if paren > 0 else raw


@dataclass(slots=True)
class _Pending:
    path: str
    lineno: int
    function: str
    line: str | None = None


@dataclass
class IPythonMachine:
    """Follows one IPython incident (with its chain)."""

    start_line: int
    end_line: int = 0
    state: int = _FRAMES
    header_type: str = ""
    frames: list[Frame] = field(default_factory=list)
    pending: _Pending | None = None
    exceptions: list[ExceptionInfo] = field(default_factory=list)
    message: list[str] = field(default_factory=list)
    current_type: str | None = None
    relation: Relation | None = None
    next_relation: Relation | None = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, line: str, lineno: int) -> IPythonMachine | None:
        match = HEADER.match(line.strip())
        if match is None:
            return None
        machine = cls(start_line=lineno, end_line=lineno)
        machine.header_type = match.group("type")
        return machine

    def _flush_frame(self) -> None:
        if self.pending is not None:
            p = self.pending
            self.frames.append(shared_frame(p.path, p.lineno, p.function, p.line, None, None))
            self.pending = None

    def _close_exception(self) -> None:
        if self.current_type is not None:
            self.exceptions.append(
                ExceptionInfo(
                    type=self.current_type,
                    message="\n".join(self.message).rstrip("\n"),
                    frames=tuple(self.frames),
                    relation=self.relation,
                )
            )
        self.current_type = None
        self.message = []
        self.frames = []

    def feed(self, line: str, lineno: int) -> int:
        status = self._feed(line.rstrip())
        if status == CONTINUE:
            self.end_line = lineno
        return status

    def _feed(self, text: str) -> int:
        stripped = text.strip()
        chain = stripped[:1] in _CHAIN_FIRST and bool(
            P.CAUSE_LINE.match(stripped) or P.CONTEXT_LINE.match(stripped)
        )
        if self.state == _CHAIN:
            if chain:
                self.next_relation = Relation.CAUSE if stripped[0] == "T" else Relation.CONTEXT
                return CONTINUE
            if not stripped:
                return CONTINUE
            if self.next_relation is None:
                return REPROCESS  # a new incident, not a chained exception
            if DASHES.match(stripped):
                return CONTINUE
            header = HEADER.match(stripped)
            if header is not None:
                self.header_type = header.group("type")
                self.relation = self.next_relation
                self.state = _FRAMES
                return CONTINUE
            return REPROCESS
        if chain:
            self._flush_frame()
            self._close_exception()
            self.next_relation = Relation.CAUSE if stripped[0] == "T" else Relation.CONTEXT
            self.state = _CHAIN
            return CONTINUE
        if self.state == _MESSAGE:
            if not stripped:
                self._close_exception()
                self.state = _CHAIN
                return CONTINUE
            if (
                DASHES.match(stripped)
                or HEADER.match(stripped)
                or P.LOG_RECORD_START.match(text)
                or P.TRACEBACK_MARK in text
                or len(self.message) >= MAX_MESSAGE_LINES
            ):
                self._close_exception()
                return REPROCESS
            self.message.append(text)
            return CONTINUE
        # _FRAMES
        if not stripped:
            self._flush_frame()
            return CONTINUE
        if "..." in text and SKIPPING.match(text):
            self.warnings.append(f"IPython skipped frames: {stripped}")
            return CONTINUE
        first = text[:1]
        if first == "C" or first == "F":
            match = (CELL_FRAME if first == "C" else FILE_FRAME).match(text)
            if match is not None:
                self._flush_frame()
                self.pending = _Pending(
                    match.group("path"), int(match.group("lineno")), _function(match.group("func"))
                )
                return CONTINUE
        arrow = ARROW.match(text) if first == "-" or first == ">" else None
        if arrow is not None and self.pending is not None:
            if self.pending.lineno == 0:
                self.pending.lineno = int(arrow.group("lineno"))
            code = (arrow.group("code") or "").strip()
            self.pending.line = code or None
            return CONTINUE
        if self.pending is not None and first.isspace() and CONTEXT_LINE.match(text):
            return CONTINUE
        if not text[:1].isspace():
            exc = P.EXC_LINE.match(stripped)
            if exc is not None and (
                exc.group("type") == self.header_type
                or exc.group("type").endswith("." + self.header_type)
                or exc.group("colon")
            ):
                self._flush_frame()
                self.current_type = exc.group("type")
                self.message = [exc.group("msg") or ""]
                self.state = _MESSAGE
                return CONTINUE
            old = OLD_FRAME.match(text)
            if old is not None:
                self._flush_frame()
                self.pending = _Pending(old.group("path"), 0, _function(old.group("func")))
                return CONTINUE
        if self.pending is not None or self.frames:
            return CONTINUE  # other context (IPython 7 prints locals and wrapped lines)
        return REPROCESS

    def take(self) -> list[Incident]:
        return []

    def finish_all(self) -> list[Incident]:
        self._flush_frame()
        if self.state == _FRAMES and self.frames:
            self.current_type = self.header_type
            self.warnings.append("traceback cut off before its exception line (truncated input?)")
        self._close_exception()
        if not self.exceptions:
            return []
        return [
            Incident(
                format="ipython",
                exceptions=tuple(self.exceptions),
                warnings=tuple(dict.fromkeys(self.warnings)),
                start_line=self.start_line,
                end_line=self.end_line,
            )
        ]
