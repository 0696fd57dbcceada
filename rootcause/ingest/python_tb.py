"""The CPython traceback state machine (plain, chained, exception groups, SyntaxError, Django text).

One instance follows one incident line by line; :class:`rootcause.ingest.detector.TracebackDetector`
starts it on a trigger line and feeds it until it reports the incident complete. The same
machine reads server logs (uvicorn, gunicorn, hypercorn), ``logging.exception`` output with
any per-line prefix, pasted copies (``> `` quotes, tabs, dedented text) and the exception
strings embedded in structlog lines.
"""

from __future__ import annotations

import re

from rootcause.ingest import patterns as P
from rootcause.model import ExceptionInfo, Frame, Incident, Relation

# What a machine tells the detector after each line.
CONTINUE = 0  # the line belongs to the incident; keep feeding
DONE = 1  # the line ended the incident and was consumed
REPROCESS = 2  # the incident ended before this line; the detector must look at it again
EMIT = (
    3  # the line was consumed and finished incidents wait in ``take()`` (multi-incident machines)
)

# States of the machine.
_TRACE = 0  # after a header or a frame: expecting frames or the exception line
_SOURCE = 1  # after a File line: expecting its source line
_CARET = 2  # after a source line: expecting carets
_MESSAGE = 3  # after the exception line: message continuation, chain, or the end
_BLANK = 4  # a blank line after the message
_CHAIN = 5  # after "The above exception ..." / a group separator: expecting the next exception
_DJANGO_VALUE = 6  # after "Exception Type: X at /path": expecting "Exception Value: ..."
# A ``File "...", line N, in f`` line after the exception line: a location the message names
# (FastAPI's validation errors end with the endpoint's), unless more traceback follows it.
_NOTE = 7  # after the note's File line: expecting its source / detail line
_NOTE_SOURCE = 8  # after that line: a frame or an exception line here means a new traceback

MAX_MESSAGE_LINES = 2000
MAX_MESSAGE_CHARS = 1_000_000
MAX_FRAMES = 100_000
SYNTAX_FUNCTION = "<syntax error>"
TRUNCATED_TYPE = "<truncated>"
UNKNOWN_TYPE = "<unknown>"

_DJANGO_TYPE = re.compile(r"^Exception Type: (?P<type>\S+)(?: at (?P<where>.*))?$")
_DJANGO_VALUE_RE = re.compile(r"^Exception Value: ?(?P<msg>.*)$")
#: One plain frame (File line, optional source line, optional caret line) for the bulk path.
_FRAME_BLOCK = re.compile(
    r'  File "(?P<path>[^\n]*)", line (?P<lineno>\d+), in (?P<func>[^\n]*)\n'
    r"(?:(?P<src>    [^\n]*[^\s\n][^\n]*)\n"
    r"(?:(?P<caret>    [ ]*[~^][~^ ]*)\n)?)?"
)
_IPYTHON_HEADER = re.compile(r"^[A-Za-z_][\w.]*\s{3,}$")
_ELIDED = re.compile(r"^(?:\.\.\.|…)(?:\s*\(.*\))?$")


#: Finished frames by content. A log repeats the same frames over and over (every request
#: that fails the same way, the same framework frames under different errors); Frame is
#: immutable, so equal frames can share one object, which is much cheaper than building it
#: again and lighter in memory. Module-level so that nested parses (JSON records) share it;
#: bounded (cleared when full: a few MB at most); plain dict operations, safe across threads.
_FRAME_CACHE_MAX = 8192
_BUILT: dict[tuple[str, int, str, str | None, int | None, int | None], Frame] = {}
#: The bulk path's frames by their raw regex groups: (frame, source indent, state after it).
_RAW: dict[tuple[str, ...], tuple[Frame, int, int]] = {}


def shared_frame(
    path: str, lineno: int, function: str, line: str | None, col: int | None, end_col: int | None
) -> Frame:
    """``Frame(path, lineno, function, line, col, end_col)``, shared with equal frames."""
    key = (path, lineno, function, line, col, end_col)
    frame = _BUILT.get(key)
    if frame is None:
        if len(_BUILT) >= _FRAME_CACHE_MAX:
            _BUILT.clear()
        frame = _BUILT[key] = Frame(path, lineno, function, line, col, end_col)
    return frame


def _raw_frame(groups: tuple[str, ...]) -> tuple[Frame, int, int]:
    """(frame, source indent, state after it) of one _FRAME_BLOCK match's groups."""
    path, lineno, func, source, caret = groups
    line: str | None = None
    col: int | None = None
    end_col: int | None = None
    indent = 4
    state = _SOURCE
    if source:
        body = source.lstrip()
        line = body.rstrip()
        indent = len(source) - len(body)
        state = _CARET
        if caret:
            marks = caret.lstrip()
            start_col = len(caret) - len(marks) - indent
            stop_col = start_col + len(marks.rstrip())
            if 0 <= start_col < stop_col:
                col, end_col = start_col, stop_col
            state = _TRACE
    entry = (Frame(path, int(lineno), func.rstrip(), line, col, end_col), indent, state)
    if len(_RAW) >= _FRAME_CACHE_MAX:
        _RAW.clear()
    _RAW[groups] = entry
    return entry


class _FrameBuf:
    """A frame under construction (source and carets arrive on the following lines)."""

    __slots__ = ("col", "end_col", "function", "line", "lineno", "path")

    def __init__(self, path: str, lineno: int, function: str) -> None:
        self.path = path
        self.lineno = lineno
        self.function = function
        self.line: str | None = None
        self.col: int | None = None
        self.end_col: int | None = None

    def build(self) -> Frame:
        return shared_frame(
            self.path, self.lineno, self.function, self.line, self.col, self.end_col
        )


def _built(frames: list[Frame | _FrameBuf]) -> tuple[Frame, ...]:
    """The finished frames (the bulk path stores finished ones, the line path buffers)."""
    return tuple([f if isinstance(f, Frame) else f.build() for f in frames])


class _ExcBuf:
    """An exception under construction (its message lines may still grow)."""

    __slots__ = ("chars", "depth", "frames", "message", "relation", "type")

    def __init__(
        self,
        type: str,
        message: list[str],
        frames: list[Frame | _FrameBuf],
        relation: Relation | None,
        depth: int,
        chars: int = 0,
    ) -> None:
        self.type = type
        self.message = message
        self.frames = frames
        self.relation = relation
        self.depth = depth
        self.chars = chars

    def build(self) -> ExceptionInfo:
        message = self.message
        text = message[0] if len(message) == 1 else "\n".join(message)
        return ExceptionInfo(
            self.type, text.rstrip("\n"), _built(self.frames), self.relation, self.depth
        )


def prefix_pattern(prefix: str) -> re.Pattern[str] | None:
    """A pattern matching ``prefix`` with any digits (timestamps change from line to line)."""
    if not any(ch.isdigit() for ch in prefix):
        return None
    parts = re.split(r"(\d+)", prefix)
    body = "".join(r"\d+" if part.isdigit() else re.escape(part) for part in parts)
    return re.compile(body)


class PythonTracebackMachine:
    """Follows one CPython-style incident. Create with :meth:`start`.

    A plain class with slots: one is created per incident, so construction is on the hot path.
    """

    __slots__ = (
        "_last",
        "_line",
        "_note",
        "_note_end",
        "_note_indent",
        "_prefix_re",
        "_ready",
        "_saw_trace_blank",
        "_source_indent",
        "blank_lines",
        "current",
        "end_line",
        "exceptions",
        "file_indent",
        "fmt",
        "frames",
        "headless",
        "lineno",
        "pending",
        "prefix",
        "prefix_checked",
        "saw_group",
        "start_line",
        "state",
        "warnings",
    )

    def __init__(self, fmt: str, prefix: str, start_line: int, headless: bool = False) -> None:
        self.fmt = fmt
        self.prefix = prefix
        self.start_line = start_line
        self.headless = headless
        self.state = _TRACE
        self.end_line = start_line
        self.warnings: list[str] = []
        self.exceptions: list[_ExcBuf] = []
        self.frames: list[Frame | _FrameBuf] = []
        self.current: _ExcBuf | None = None
        self.pending: Relation | None = None
        self.file_indent = 2
        self.blank_lines = 0
        self.saw_group = False
        self.prefix_checked = False
        self._prefix_re = prefix_pattern(prefix) if prefix else None
        self._saw_trace_blank = False
        self._source_indent = 4
        # The frame the next source / caret line belongs to (set by every File line first).
        self._last = _FrameBuf("", 0, "")
        # The raw line and its number being fed (set on the slow path only).
        self._line = ""
        self.lineno = start_line
        # Note lines not yet committed to the message: (lineno, raw line, message text).
        self._note: list[tuple[int, str, str, int]] = []  # (lineno, raw, content, depth)
        self._note_indent = 0
        self._note_end = start_line
        # Incidents finished before this one (after a note turned out to open a traceback).
        self._ready: list[Incident] = []

    # -- starting ----------------------------------------------------------------

    @classmethod
    def start(cls, line: str, lineno: int, fmt: str) -> PythonTracebackMachine | None:
        """A machine if ``line`` opens a CPython traceback, else None."""
        idx = line.find(P.TRACEBACK_MARK)
        if idx >= 0:
            before = line[:idx]
            group = False
            if before.endswith("Exception Group "):
                before = before[: -len("Exception Group ")]
                group = True
                margin = re.search(r"(?:  )+\+ $|(?:  )+\| $", before)
                if margin is not None:
                    before = before[: margin.start()]
            elif _IPYTHON_HEADER.match(before):
                # "ZeroDivisionError      Traceback (most recent call last)" is IPython's.
                return None
            machine = cls(fmt=fmt, prefix=before, start_line=lineno)
            machine.saw_group = group
            return machine
        file_at = line.find('File "')
        if file_at >= 0:
            match = P.FILE_LINE.match(line[file_at:])
            if match is None:
                return None
            prefix = line[:file_at].rstrip(" \t")
            machine = cls(fmt=fmt, prefix=prefix, start_line=lineno, headless=True)
            machine.feed(line, lineno)
            return machine
        stripped = line.lstrip(" ")
        if stripped.startswith("|") and "sub-exception" in line:
            # A top-level exception group that was never raised prints without a header.
            machine = cls(fmt=fmt, prefix="", start_line=lineno, headless=False)
            machine.state = _CHAIN
            if machine.feed(line, lineno) != CONTINUE:
                return None
            return machine
        return None

    # -- feeding -----------------------------------------------------------------

    def _strip_prefix(self, line: str) -> str | None:
        prefix = self.prefix
        if not prefix:
            return line
        if line.startswith(prefix):
            self.prefix_checked = True
            return line[len(prefix) :]
        if self._prefix_re is not None:
            match = self._prefix_re.match(line)
            if match is not None:
                self.prefix_checked = True
                return line[match.end() :]
        if not line.strip():
            return ""
        if not self.prefix_checked:
            # Only the first line carried it ("msg: Traceback ..."): the rest is bare.
            self.prefix_checked = True
            self.prefix = ""
            self._prefix_re = None
            return line
        return None

    def feed(self, line: str, lineno: int) -> int:
        """Consume one line; returns CONTINUE, DONE or REPROCESS."""
        content = self._strip_prefix(line) if self.prefix else line
        if content is None:
            return self._end_before()
        # Fast paths for the lines that make up most of a traceback (no group margin).
        state = self.state
        if content.startswith('  File "') and state <= _CARET:
            match = P.FILE_LINE.match(content)
            if match is not None:
                self._open_frame(match, 2)
                self.end_line = lineno
                return CONTINUE
        elif state == _SOURCE and content.startswith("    ") and self.file_indent == 2:
            body = content.lstrip()
            if body and not body.startswith('File "'):
                self._last.line = body.rstrip()
                self._source_indent = len(content) - len(body)
                self.state = _CARET
                self.end_line = lineno
                return CONTINUE
        elif state == _CARET and content.startswith("    "):
            caret = P.CARET_LINE.match(content)
            if caret is not None:
                self._apply_caret(caret)
                self.end_line = lineno
                return CONTINUE
        self._line = line
        self.lineno = lineno
        depth = 0
        first = content[:1]
        if first == " " or first == "+":
            head = content.lstrip(" ")
            if head[:1] in ("|", "+"):
                margin = self._margin(content)
                if margin is None:
                    pass
                elif margin[0] < 0:
                    self.end_line = lineno
                    return CONTINUE  # structural line consumed
                else:
                    depth, content = margin
        status = self._feed_content(content, depth)
        if status in (CONTINUE, EMIT):
            self.end_line = lineno
        return status

    def consume_frames(self, text: str, pos: int, lineno: int) -> tuple[int, int]:
        """Bulk path: read consecutive plain frames of ``text`` from ``pos`` in one go.

        Only for unprefixed, ``\\n``-terminated text in a frame state; returns the new position
        and the number of lines consumed (0 when the text at ``pos`` is not a plain frame).
        The result is the same as feeding the lines one by one.
        """
        if self.prefix or self.state > _CARET:
            return pos, 0
        match_frame = _FRAME_BLOCK.match
        match = match_frame(text, pos)
        if match is None:
            return pos, 0
        start = pos
        frames = self.frames
        raw = _RAW
        while True:
            groups = match.groups()
            pos = match.end()
            entry = raw.get(groups)
            if entry is None:
                entry = _raw_frame(groups)
            match = match_frame(text, pos)
            if match is None:
                break
            if len(frames) < MAX_FRAMES:
                frames.append(entry[0])
            else:
                self.warnings.append(f"more than {MAX_FRAMES} frames: the rest were skipped")
        # The last frame stays open when its source or caret line may still follow.
        frame, indent, state = entry
        last: Frame | _FrameBuf = frame
        if state != _TRACE:
            buf = _FrameBuf(frame.path, frame.lineno, frame.function)
            buf.line = frame.line
            self._last = last = buf
        self._keep_frame(last)
        if state != _SOURCE:
            self._source_indent = indent
        self.state = state
        consumed = text.count("\n", start, pos)
        self.file_indent = 2
        self._saw_trace_blank = False
        self.end_line = lineno + consumed - 1
        return pos, consumed

    def _keep_frame(self, frame: Frame | _FrameBuf) -> None:
        """Append ``frame`` unless MAX_FRAMES is reached (then record a warning)."""
        if len(self.frames) < MAX_FRAMES:
            self.frames.append(frame)
        else:
            self.warnings.append(f"more than {MAX_FRAMES} frames: the rest were skipped")

    def _open_frame(self, match: re.Match[str], indent: int) -> None:
        """Start the frame of a ``File "...", line N`` match; its source line may follow."""
        func = match.group("func")
        frame = _FrameBuf(
            match.group("path"),
            int(match.group("lineno")),
            func if func is not None else SYNTAX_FUNCTION,
        )
        self._keep_frame(frame)
        self._last = frame
        self.file_indent = indent
        self.state = _SOURCE
        self._saw_trace_blank = False

    def _apply_caret(self, caret: re.Match[str]) -> None:
        """Record a ``^^^^`` line's column span on the open frame; the frame is then complete."""
        frame = self._last
        if frame.line is not None:
            start = len(caret.group("lead")) - self._source_indent
            end = start + len(caret.group("marks"))
            if 0 <= start < end:
                frame.col = start
                frame.end_col = end
        self.state = _TRACE

    def _margin(self, content: str) -> tuple[int, str] | None:
        """(margin depth, text) of an exception-group line; (-1, "") for consumed structure."""
        match = P.GROUP_MARGIN.match(content)
        if match is not None:
            self.saw_group = True
            return len(match.group("indent")) // 2, match.group("text") or ""
        match = P.GROUP_HEADER.match(content)
        if match is not None:
            self.saw_group = True
            return len(match.group("indent")) // 2, match.group("text")
        match = P.GROUP_SEPARATOR.match(content)
        if match is not None:
            self.saw_group = True
            self._close_exception()
            self.pending = Relation.GROUP
            self.state = _CHAIN
            return -1, ""
        if P.GROUP_CLOSE.match(content):
            self._close_exception()
            self.state = _BLANK
            self.blank_lines = 0
            return -1, ""
        return None

    def _end_before(self) -> int:
        return REPROCESS

    def _close_exception(self) -> None:
        if self._note:
            self._commit_note()
        if self.current is not None:
            self.exceptions.append(self.current)
            self.current = None

    def _new_exception(self, type_name: str, message: str | None, depth: int) -> None:
        self._close_exception()
        group_depth = max(depth - 1, 0)
        relation = self.pending
        if not self.exceptions and relation is not Relation.GROUP:
            relation = None
        self.current = _ExcBuf(
            type_name,
            [message] if message is not None else [],
            self.frames,
            relation,
            group_depth,
            len(message) if message else 0,
        )
        self.frames = []
        self.pending = None
        self.state = _MESSAGE
        self.blank_lines = 0

    def _truncate(self, why: str) -> None:
        """Close frames that never reached their exception line."""
        if self.frames:
            self.current = _ExcBuf(TRUNCATED_TYPE, [], self.frames, self.pending, 0)
            self.frames = []
            self.pending = None
            self._close_exception()
            self.warnings.append(why)

    def _feed_content(self, text: str, depth: int) -> int:
        state = self.state
        if state >= _NOTE:
            status = self._feed_note(text, depth)
            if status is not None:
                return status
            state = self.state
        stripped = text.strip()
        if not stripped:
            if state == _MESSAGE:
                self.state = _BLANK
                self.blank_lines = 1
            elif state == _BLANK:
                self.blank_lines += 1
                if self.blank_lines > 3 and depth == 0:
                    return DONE
            elif state in (_TRACE, _SOURCE, _CARET):
                if self._saw_trace_blank and depth == 0:
                    return self._cut("traceback cut off (blank lines inside its frames)")
                self._saw_trace_blank = True
            return CONTINUE

        # Chain separators.
        if stripped[0] in "TD" and (P.CAUSE_LINE.match(stripped) or P.CONTEXT_LINE.match(stripped)):
            relation = Relation.CAUSE if stripped[0] == "T" else Relation.CONTEXT
            if state in (_TRACE, _SOURCE, _CARET):
                if self.fmt == "django" or stripped.endswith(")") or "(" in stripped:
                    # Django's text traceback prints the chained value in parentheses only.
                    value = (
                        stripped[stripped.find("(") + 1 : stripped.rfind(")")]
                        if "(" in stripped
                        else ""
                    )
                    if self.frames:
                        self.current = _ExcBuf(UNKNOWN_TYPE, [value], self.frames, self.pending, 0)
                        self.frames = []
                        self._close_exception()
                        self.fmt = "django"
                    self.pending = relation
                    self.state = _TRACE
                    return CONTINUE
                self._truncate("traceback cut off before its exception line")
            self._close_exception()
            self.pending = relation
            self.state = _CHAIN
            return CONTINUE

        lstripped = text.lstrip()
        # Headers.
        if lstripped.startswith(("Traceback (most recent call last)", "Exception Group Traceback")):
            if state == _CHAIN or (state == _TRACE and not self.frames):
                self.state = _TRACE
                self._saw_trace_blank = False
                self.file_indent = 2
                return CONTINUE
            if state in (_TRACE, _SOURCE, _CARET):
                self._truncate("traceback cut off before its exception line")
            return REPROCESS

        indent = len(text) - len(lstripped)
        # Frames.
        if lstripped.startswith('File "'):
            match = P.FILE_LINE.match(lstripped)
            if match is not None:
                if state in (_MESSAGE, _BLANK):
                    if (
                        match.group("func") is not None
                        and self.current is not None
                        and indent > 0
                        and self.file_indent > 0
                        and len(self.current.message) < MAX_MESSAGE_LINES
                        and self.current.chars + len(text) < MAX_MESSAGE_CHARS
                    ):
                        self._start_note(text, depth)
                        return CONTINUE
                    if depth > 0:
                        self._close_exception()
                    else:
                        return REPROCESS
                if state == _DJANGO_VALUE:
                    return REPROCESS
                self._open_frame(match, indent)
                return CONTINUE

        if state == _SOURCE:
            if indent > self.file_indent or (
                indent == self.file_indent
                and P.strong_exception_line(lstripped) is None
                and not _DJANGO_TYPE.match(lstripped)
            ):
                self._last.line = stripped
                self._source_indent = indent
                self.state = _CARET
                return CONTINUE
        elif state == _CARET:
            caret = P.CARET_LINE.match(text)
            if caret is not None:
                self._apply_caret(caret)
                return CONTINUE
            if indent > self.file_indent:
                # Further source lines of a multi-line statement (3.13 prints them).
                return CONTINUE

        if state in (_TRACE, _SOURCE, _CARET):
            if "[Previous" in text and P.REPEATED_LINE.match(text):
                self.state = _TRACE
                return CONTINUE
            if stripped[0] in ".…" and _ELIDED.match(stripped):
                self.state = _TRACE
                self.warnings.append("some frames were elided ('...') in the input")
                return CONTINUE

        if depth > 0 and (P.GROUP_MORE.match(stripped) or P.GROUP_MAX_DEPTH.match(stripped)):
            self.warnings.append(f"exception group output shortened: {stripped}")
            self._close_exception()
            self.state = _BLANK
            return CONTINUE

        if state in (_TRACE, _SOURCE, _CARET, _CHAIN):
            if indent <= self.file_indent or state == _CHAIN:
                match = P.EXC_LINE.match(lstripped)
                if match is not None and (
                    indent < self.file_indent
                    or state == _CHAIN
                    or P.strong_exception_line(lstripped) is not None
                ):
                    if not self.frames and state != _CHAIN:
                        # CPython prints at least one frame under a header.
                        return self._cut("traceback cut off before its first frame")
                    self._new_exception(match.group("type"), match.group("msg"), depth)
                    return CONTINUE
                django = _DJANGO_TYPE.match(lstripped)
                if django is not None and self.frames:
                    self._new_exception(django.group("type"), None, depth)
                    self.fmt = "django"
                    self.state = _DJANGO_VALUE
                    return CONTINUE
            if state == _CHAIN:
                self.warnings.append("exception chain cut off")
                return REPROCESS
            return self._cut("traceback cut off before its exception line")

        if state == _DJANGO_VALUE:
            value_match = _DJANGO_VALUE_RE.match(stripped)
            if value_match is not None and self.current is not None:
                self.current.message = [value_match.group("msg")]
                self.state = _MESSAGE
                return CONTINUE
            return REPROCESS

        # _MESSAGE / _BLANK: message continuation or the end of the incident.
        current = self.current
        if current is None:
            return REPROCESS
        if state == _BLANK:
            if depth == 0:
                return REPROCESS
            current.message.extend([""] * self.blank_lines)
        elif depth == 0 and (
            P.LOG_RECORD_START.match(text)
            or P.WARNING_LINE.match(text)
            or (self.file_indent == 0 and current.frames)
        ):
            # A new log record; or a copy that lost its indentation (from a web page): there
            # the message cannot be told from the prose after it, so it is one line.
            return REPROCESS
        if (
            len(current.message) >= MAX_MESSAGE_LINES
            or current.chars + len(text) > MAX_MESSAGE_CHARS
        ):
            return REPROCESS
        current.message.append(text)
        current.chars += len(text)
        self.state = _MESSAGE
        return CONTINUE

    # -- locations inside a message ------------------------------------------------

    def _start_note(self, text: str, depth: int) -> None:
        """A File line after the message: held until the next lines tell what it is."""
        blanks = self.blank_lines if self.state == _BLANK else 0
        self._note = [(self.lineno, "", "", depth)] * blanks
        self._note.append((self.lineno, self._line, text, depth))
        self._note_indent = len(text) - len(text.lstrip())
        self._note_end = self.end_line
        self.state = _NOTE

    def _feed_note(self, text: str, depth: int) -> int | None:
        """Feed a line after a held note; None when the line is to be read as message text."""
        lstripped = text.lstrip()
        indent = len(text) - len(lstripped)
        is_file = lstripped.startswith('File "') and P.FILE_LINE.match(lstripped) is not None
        if self.state == _NOTE and lstripped and indent > self._note_indent and not is_file:
            self._note.append((self.lineno, self._line, text, depth))
            self.state = _NOTE_SOURCE
            return CONTINUE
        if lstripped and (
            is_file
            or (self.state == _NOTE_SOURCE and P.CARET_LINE.match(text) is not None)
            or (
                indent < self._note_indent
                and P.strong_exception_line(lstripped) is not None
                and P.LOG_RECORD_START.match(lstripped) is None
            )
        ):
            return self._split(text, depth)
        self._commit_note()
        if lstripped and indent < self._note_indent and depth == 0:
            # Text back at the margin after an indented note is no longer the message (a
            # warning printed at exit, the next log line...).
            return REPROCESS
        return None

    def _commit_note(self) -> None:
        """The held lines are part of the message, exactly as printed."""
        current = self.current
        note, self._note = self._note, []
        self.state = _MESSAGE
        if current is None:
            return
        for entry in note:
            current.message.append(entry[2])
            current.chars += len(entry[2])

    def _split(self, text: str, depth: int) -> int:
        """The held File line was a frame: more traceback follows it.

        Inside an exception group it starts the next member's frames (as any File line after
        a member's message does); at the top level the incident ends before it and a new one
        (its header cut off) starts there: finished incidents wait in :meth:`take`.
        """
        note = [entry for entry in self._note if entry[1]]
        self._note = []
        line, lineno = self._line, self.lineno
        if note[0][3] > 0:
            self._close_exception()
            self.state = _TRACE
            for _lineno, _raw, content, note_depth in note:
                self._feed_content(content, note_depth)
            return self._feed_content(text, depth)
        self.state = _BLANK
        self.end_line = self._note_end
        ready = self._ready
        incident = self.finish()
        if incident is not None:
            ready.append(incident)
        fresh = PythonTracebackMachine(self.fmt, self.prefix, note[0][0], headless=True)
        fresh.prefix_checked = self.prefix_checked
        for note_lineno, raw, _content, _depth in note:
            fresh.feed(raw, note_lineno)
        for name in PythonTracebackMachine.__slots__:
            setattr(self, name, getattr(fresh, name))
        self._ready = ready
        self._line, self.lineno = line, lineno
        status = self._feed_content(text, depth)
        return EMIT if status == CONTINUE else status

    def _cut(self, why: str) -> int:
        self._truncate(why)
        return REPROCESS

    # -- finishing ---------------------------------------------------------------

    def take(self) -> list[Incident]:
        """Incidents finished before the one followed now (see :meth:`_split`)."""
        ready, self._ready = self._ready, []
        return ready

    def finish_all(self) -> list[Incident]:
        """The incidents followed so far (empty when nothing usable was read)."""
        incident = self.finish()
        found = self.take()
        if incident is not None:
            found.append(incident)
        return found

    def finish(self) -> Incident | None:
        """The incident followed so far, or None when nothing usable was read."""
        if self.state >= _NOTE:
            self._commit_note()
        state = self.state
        if (state in (_TRACE, _SOURCE, _CARET) and self.frames) or (
            state == _CHAIN and self.frames
        ):
            self._truncate("traceback cut off before its exception line (truncated input?)")
        elif state == _CHAIN and self.pending is not None and self.pending is not Relation.GROUP:
            self.warnings.append("exception chain cut off (truncated input?)")
        self._close_exception()
        if not self.exceptions:
            return None
        if self.headless and any(
            e.frames and e.frames[0].function != SYNTAX_FUNCTION for e in self.exceptions[:1]
        ):
            self.warnings.insert(0, "traceback header missing: the input starts inside a traceback")
        if self.headless and self.exceptions[0].type == TRUNCATED_TYPE:
            return None
        return Incident(
            self.fmt,
            tuple([e.build() for e in self.exceptions]),
            tuple(dict.fromkeys(self.warnings)) if self.warnings else (),
            self.start_line,
            self.end_line,
        )
