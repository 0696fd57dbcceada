"""pytest reports: the FAILURES / ERRORS sections in --tb=long, short, line, native and auto.

One machine follows a whole section (it ends at the next ``=== ... ===`` rule that is not
FAILURES/ERRORS); each test block (``____ test_name ____``) becomes one incident, emitted
as soon as the next block starts. Layouts:

- long / auto: entries separated by ``_ _ _`` lines; the failing line is marked ``>``, the
  exception lines ``E``, and each entry ends with ``path:lineno: [ExcType]``. Function names
  are not printed: they come from the entry's ``def`` line (``?`` when none is shown).
- short: ``path:lineno: in func`` then the source line, ``E`` lines at the end.
- line: ``E`` lines and one ``path:lineno: ExcType: message`` location.
- native: a CPython traceback inside the block (read by the CPython machine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat

from rootcause.ingest import patterns as P
from rootcause.ingest.python_tb import CONTINUE, DONE, EMIT, REPROCESS, shared_frame
from rootcause.model import ExceptionInfo, Incident, Relation

SECTION_RULE = re.compile(r"^={3,} (?P<title>.+?) ={3,}$")
BLOCK_HEADER = re.compile(r"^_{3,} (?P<name>.+?) _{3,}$")
ENTRY_SEPARATOR = re.compile(r"^(?:_ ){3,}_?\s*$")
CAPTURED = re.compile(r"^-{3,} (?:Captured|Logging|Log) .* -{3,}$")
LOCATION = re.compile(r"^(?P<path>(?:[A-Za-z]:)?[^\s:][^:]*?):(?P<lineno>\d+):(?: (?P<rest>.*))?$")
E_LINE = re.compile(r"^E(?P<pad>\s+)(?P<text>.*)$")
DEF_LINE = re.compile(r"^(?:>)?\s+(?:async\s+)?def\s+(?P<name>[A-Za-z_]\w*)\s*\(")
UNKNOWN_FUNCTION = "?"
#: First characters of a stripped chain separator ("The above ..." / "During handling ...").
_CHAIN_FIRST = frozenset("TD")
#: First characters of lines that cannot be a location (indented, marked source).
_NOT_LOCATION = frozenset((" ", ">", "\t", ""))


def _may_be_caret(text: str) -> bool:
    """Cheap prefilter for CARET_LINE (a caret line holds ``^`` or ``~``)."""
    return "^" in text or "~" in text


MAX_BLOCK_LINES = 50_000


def is_section_start(line: str) -> bool:
    match = SECTION_RULE.match(line)
    return match is not None and match.group("title") in ("FAILURES", "ERRORS")


#: Frame(path, lineno, function, line, col, end_col) arguments.
_FrameFields = tuple[str, int, str, str | None, int | None, int | None]


@dataclass(slots=True)
class _Entry:
    path: str = ""
    lineno: int = 0
    function: str = UNKNOWN_FUNCTION
    line: str | None = None
    col: int | None = None
    end_col: int | None = None
    marked_indent: int = 0
    located: bool = False

    def frame(self) -> _FrameFields:
        """The frame as it stands now (a plain tuple: built into a Frame once, at the end)."""
        return (self.path, self.lineno, self.function, self.line, self.col, self.end_col)


@dataclass(slots=True)
class _Segment:
    """One exception of a block: its frames and E lines."""

    relation: Relation | None
    frames: list[_FrameFields] = field(default_factory=list)
    e_lines: list[tuple[int, str]] = field(default_factory=list)
    location_type: str | None = None
    location_message: str | None = None


def _caret(text: str, entry: _Entry, source_indent: int) -> None:
    match = P.CARET_LINE.match(text)
    if match is None or entry.line is None:
        return
    start = len(match.group("lead")) - source_indent
    end = start + len(match.group("marks"))
    if 0 <= start < end:
        entry.col, entry.end_col = start, end


def parse_block(lines: list[str], start_line: int) -> Incident | None:
    """One test block's lines (header excluded) -> an incident, or None without an exception."""
    segments: list[_Segment] = [_Segment(relation=None)]
    entry = _Entry()
    last_def = UNKNOWN_FUNCTION
    source_indent = 4
    after_e = False
    short_source_pending = False
    for text in lines:
        seg = segments[-1]
        stripped = text.strip()
        first = text[:1]
        if stripped[:1] in _CHAIN_FIRST and (
            P.CAUSE_LINE.match(stripped) or P.CONTEXT_LINE.match(stripped)
        ):
            relation = Relation.CAUSE if stripped[0] == "T" else Relation.CONTEXT
            segments.append(_Segment(relation=relation))
            entry, last_def, after_e = _Entry(), UNKNOWN_FUNCTION, False
            continue
        if first == "_" and ENTRY_SEPARATOR.match(text):
            entry, last_def, after_e = _Entry(), UNKNOWN_FUNCTION, False
            continue
        e_match = E_LINE.match(text) if first == "E" else None
        if e_match is not None:
            seg.e_lines.append((len(text) - len(e_match.group("text")), e_match.group("text")))
            after_e = True
            short_source_pending = False
            continue
        if after_e and first == " " and stripped:
            # --tb=line prints message continuations without the E.
            seg.e_lines.append((5, text[5:] if text[:5].isspace() else stripped))
            continue
        after_e = False
        location = LOCATION.match(text) if first not in _NOT_LOCATION and ":" in text else None
        if location is not None:
            rest = location.group("rest") or ""
            path, lineno = location.group("path"), int(location.group("lineno"))
            if rest.startswith("in "):
                # Short entry: the location comes first, its source line next.
                entry = _Entry(path, lineno, rest[3:].strip() or UNKNOWN_FUNCTION, located=True)
                seg.frames.append(entry.frame())
                short_source_pending = True
                continue
            # Long entry ends here (or the single --tb=line location).
            entry.path, entry.lineno, entry.located = path, lineno, True
            if entry.function == UNKNOWN_FUNCTION:
                entry.function = last_def
            seg.frames.append(entry.frame())
            if rest:
                type_text, _, message = rest.partition(": ")
                if P.EXC_LINE.match(type_text):
                    seg.location_type = type_text
                    seg.location_message = message if _ else None
            entry, last_def = _Entry(), UNKNOWN_FUNCTION
            continue
        if short_source_pending and text.startswith("    ") and stripped:
            if seg.frames and seg.frames[-1][3] is None:  # no source line yet
                source_indent = len(text) - len(text.lstrip())
                entry.line = stripped
                seg.frames[-1] = entry.frame()
                continue
            if _may_be_caret(text) and P.CARET_LINE.match(text):
                _caret(text, entry, source_indent)
                seg.frames[-1] = entry.frame()
                short_source_pending = False
            continue
        short_source_pending = False
        definition = DEF_LINE.match(text) if "def" in text else None
        if definition is not None and entry.line is None:
            last_def = definition.group("name")
        if first == ">":
            body = text[1:]
            source_indent = len(text) - len(body.lstrip())
            entry.line = body.strip()
            if definition is not None:
                last_def = definition.group("name")
            continue
        if (
            entry.line is not None
            and entry.col is None
            and _may_be_caret(text)
            and P.CARET_LINE.match(text)
        ):
            _caret(text, entry, source_indent)
    exceptions: list[ExceptionInfo] = []
    for seg in segments:
        info = _segment_exception(seg)
        if info is not None:
            exceptions.append(info)
    if not exceptions:
        return None
    return Incident(
        format="pytest",
        exceptions=tuple(exceptions),
        start_line=start_line,
        end_line=start_line + max(len(lines) - 1, 0),
    )


def _segment_exception(seg: _Segment) -> ExceptionInfo | None:
    type_name: str | None = None
    message_lines: list[str] = []
    if seg.e_lines:
        first_col, first = seg.e_lines[0]
        match = P.EXC_LINE.match(first.strip())
        if match is not None:
            type_name = match.group("type")
            message_lines.append(match.group("msg") or "")
        else:
            message_lines.append(first)
        for col, text in seg.e_lines[1:]:
            pad = " " * max(col - first_col, 0)
            message_lines.append((pad + text) if text else "")
    if type_name is None and seg.location_type is not None:
        type_name = seg.location_type
        if not message_lines and seg.location_message is not None:
            message_lines = [seg.location_message]
    if type_name is None:
        if not seg.frames:
            return None
        type_name = "<truncated>"
    return ExceptionInfo(
        type=type_name,
        message="\n".join(message_lines).rstrip(),
        frames=tuple([shared_frame(*fields) for fields in seg.frames]),
        relation=seg.relation,
    )


@dataclass
class PytestSectionMachine:
    """Follows a FAILURES / ERRORS section; one incident per test block."""

    start_line: int
    block: list[str] = field(default_factory=list)
    block_start: int = 0
    in_block: bool = False
    captured: bool = False
    ready: list[Incident] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, line: str, lineno: int) -> PytestSectionMachine | None:
        if is_section_start(line):
            machine = cls(start_line=lineno)
            machine._open_block(lineno, implicit=True)
            return machine
        header = BLOCK_HEADER.match(line)
        if header is not None and not ENTRY_SEPARATOR.match(line):
            machine = cls(start_line=lineno)
            machine._open_block(lineno)
            return machine
        return None

    implicit: bool = False

    def _open_block(self, lineno: int, *, implicit: bool = False) -> None:
        self.block = []
        self.block_start = lineno + 1
        self.in_block = True
        self.captured = False
        self.implicit = implicit

    def _close_block(self) -> bool:
        if not self.in_block:
            return False
        self.in_block = False
        lines, self.block = self.block, []
        if any(map(str.startswith, lines, repeat(P.TRACEBACK_MARK))):
            found = [_native_block(lines, self.block_start)]
        elif self.implicit:
            # --tb=line: failures follow each other without headers; each ends at its location.
            found = []
            chunk_start = 0
            for index, text in enumerate(lines):
                location = LOCATION.match(text) if text[:1] not in (" ", ">", "\t") else None
                rest = location.group("rest") if location is not None else None
                if rest and not rest.startswith("in "):
                    found.append(
                        parse_block(lines[chunk_start : index + 1], self.block_start + chunk_start)
                    )
                    chunk_start = index + 1
            if chunk_start < len(lines):
                found.append(parse_block(lines[chunk_start:], self.block_start + chunk_start))
        else:
            found = [parse_block(lines, self.block_start)]
        incidents = [i for i in found if i is not None]
        self.ready.extend(incidents)
        return bool(incidents)

    def feed(self, line: str, lineno: int) -> int:
        if line.startswith("="):
            rule = SECTION_RULE.match(line)
            if rule is not None:
                emitted = self._close_block()
                if rule.group("title") in ("FAILURES", "ERRORS"):
                    self._open_block(lineno, implicit=True)
                    return EMIT if emitted else CONTINUE
                return DONE
        elif line.startswith("_"):
            header = BLOCK_HEADER.match(line)
            if header is not None:
                emitted = self._close_block()
                self._open_block(lineno)
                return EMIT if emitted else CONTINUE
        elif line.startswith("-") and CAPTURED.match(line):
            self.captured = True
            return CONTINUE
        if not self.captured:
            if len(self.block) < MAX_BLOCK_LINES:
                self.block.append(line)
            elif len(self.block) == MAX_BLOCK_LINES:
                self.warnings.append("a pytest failure block was too long and was cut")
                self.block.append("")
        return CONTINUE

    def consume_lines(self, lines: list[str]) -> None:
        """Bulk path: lines that start with none of ``=``, ``_``, ``-`` (same as feeding each)."""
        if self.captured:
            return
        block = self.block
        room = MAX_BLOCK_LINES - len(block)
        if room >= len(lines):
            block.extend(lines)
            return
        if room > 0:
            block.extend(lines[:room])
        if len(block) == MAX_BLOCK_LINES:
            self.warnings.append("a pytest failure block was too long and was cut")
            block.append("")

    def take(self) -> list[Incident]:
        ready, self.ready = self.ready, []
        return ready

    def finish_all(self) -> list[Incident]:
        self._close_block()
        return self.take()


def _native_block(lines: list[str], start_line: int) -> Incident | None:
    from dataclasses import replace

    from rootcause.ingest.python_tb import PythonTracebackMachine

    incidents: list[Incident] = []
    machine: PythonTracebackMachine | None = None
    for offset, text in enumerate(lines):
        lineno = start_line + offset
        if machine is None:
            machine = PythonTracebackMachine.start(text, lineno, "pytest")
            continue
        status = machine.feed(text, lineno)
        if status == EMIT:
            incidents.extend(machine.take())
        elif status != CONTINUE:
            incidents.extend(machine.finish_all())
            machine = None
            if status == REPROCESS:
                machine = PythonTracebackMachine.start(text, lineno, "pytest")
    if machine is not None:
        incidents.extend(machine.finish_all())
    if not incidents:
        return None
    return replace(incidents[-1], format="pytest")
