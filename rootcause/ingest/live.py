"""An :class:`~rootcause.model.Incident` from a live exception object (no text parsing).

Used where the exception itself is at hand (the pytest plugin). The result has the same
shape the printed traceback would parse to: exceptions in the order CPython prints them
(the root of a chain first), ``__cause__`` / ``__context__`` relations (honouring
``__suppress_context__``), exception-group members after their group with ``Relation.GROUP``
and ``group_depth`` one deeper; frames outermost first with exact columns.
"""

from __future__ import annotations

import linecache
import traceback
from types import TracebackType

from rootcause.ingest.python_tb import SYNTAX_FUNCTION
from rootcause.model import ExceptionInfo, Frame, Incident, Relation


def qualified_type_name(exc_type: type[BaseException]) -> str:
    """The type name as the traceback module prints it (module-qualified outside builtins)."""
    module = getattr(exc_type, "__module__", None)
    name = getattr(exc_type, "__qualname__", None) or exc_type.__name__
    if not isinstance(module, str) or module in ("__main__", "builtins"):
        return str(name)
    return f"{module}.{name}"


def _safe_str(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 - printing must not fail on a broken __str__
        return "<exception str() failed>"


def _char_offset(line: str, byte_offset: int) -> int:
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="replace"))


def _frames(tb: TracebackType | None) -> list[Frame]:
    frames: list[Frame] = []
    for summary in traceback.extract_tb(tb):
        line = summary.line or None
        col: int | None = None
        end_col: int | None = None
        colno = getattr(summary, "colno", None)
        end_colno = getattr(summary, "end_colno", None)
        lineno = summary.lineno or 0
        if line and colno is not None and end_colno is not None:
            original = linecache.getline(summary.filename, lineno).rstrip("\r\n")
            if original.strip() == line:
                lead = len(original) - len(original.lstrip())
                start = _char_offset(original, colno) - lead
                if getattr(summary, "end_lineno", lineno) == lineno:
                    end = _char_offset(original, end_colno) - lead
                else:
                    end = len(line)
                if 0 <= start < end <= len(line):
                    col, end_col = start, end
        frames.append(
            Frame(
                path=summary.filename,
                lineno=lineno,
                function=summary.name,
                line=line,
                col=col,
                end_col=end_col,
            )
        )
    return frames


def _exception_info(exc: BaseException, relation: Relation | None, depth: int) -> ExceptionInfo:
    frames = _frames(exc.__traceback__)
    if isinstance(exc, SyntaxError):
        message = str(exc.msg) if exc.msg is not None else ""
        if exc.filename is not None and exc.lineno is not None:
            text = (exc.text or "").strip() or None
            col = end_col = None
            if text is not None and exc.offset:
                raw = (exc.text or "").rstrip("\r\n")
                lead = len(raw) - len(raw.lstrip())
                col = max(exc.offset - 1 - lead, 0)
                end = (exc.end_offset or exc.offset + 1) - 1 - lead
                end_col = max(end, col + 1)
            frames.append(Frame(str(exc.filename), exc.lineno, SYNTAX_FUNCTION, text, col, end_col))
    else:
        message = _safe_str(exc)
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, list | tuple):
        message = (
            "\n".join([message, *(str(note) for note in notes)])
            if message
            else "\n".join(map(str, notes))
        )
    return ExceptionInfo(
        type=qualified_type_name(type(exc)),
        message=message,
        frames=tuple(frames),
        relation=relation,
        group_depth=depth,
    )


def _emit(
    exc: BaseException,
    first_relation: Relation | None,
    depth: int,
    out: list[ExceptionInfo],
    seen: set[int],
) -> None:
    """Append ``exc``'s chain (root first) and its group members, as CPython prints them."""
    chain: list[tuple[Relation | None, BaseException]] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            link: Relation | None = Relation.CAUSE
            following: BaseException | None = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link = Relation.CONTEXT
            following = current.__context__
        else:
            link, following = None, None
        chain.append((link, current))
        current = following
    # Printed root first: each exception's relation is its own link to the one before it.
    for index, (link, item) in enumerate(reversed(chain)):
        relation = first_relation if index == 0 else link
        out.append(_exception_info(item, relation, depth))
        members = getattr(item, "exceptions", None)
        if isinstance(item, BaseExceptionGroup) and isinstance(members, tuple):
            for member in members:
                if isinstance(member, BaseException):
                    _emit(member, Relation.GROUP, depth + 1, out, seen)


def incident_from_exception(exc: BaseException) -> Incident:
    """The incident CPython would print for ``exc`` (exact frames, chains and groups)."""
    exceptions: list[ExceptionInfo] = []
    _emit(exc, None, 0, exceptions, set())
    return Incident(format="python", exceptions=tuple(exceptions))
