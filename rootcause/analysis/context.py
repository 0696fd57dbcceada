"""What every rule sees (:class:`AnalysisContext`) and the code context an explanation needs.

:func:`gather_context` picks the spans of repository code that explain a report (the crash
function, the callers along the stack, the producers the origin tracer found, models,
migrations, settings, ``Depends`` targets, graph neighbours) and packs them, best first,
within a token budget estimated offline by :func:`estimate_tokens`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rootcause.analysis import syntax
from rootcause.analysis.code import Code, FuncRef, SourceFile
from rootcause.config import Settings
from rootcause.model import Candidate, ContextSnippet, ExceptionInfo, Frame, Incident

if TYPE_CHECKING:
    from tree_sitter import Node

    from rootcause.workspace import Workspace


@dataclass(frozen=True)
class StackFrame:
    """An in-app frame mapped onto the repository: its function and crash statement."""

    frame: Frame
    position: int  # index in the exception's frames (outermost = 0)
    path: str
    line: int
    func: FuncRef | None
    #: The class whose body holds the line when no function does (a field, a nested Config).
    class_name: str | None = None

    @property
    def qualname(self) -> str:
        """The scope the eval convention names: function, else class body, else ``<module>``."""
        if self.func is not None:
            return self.func.qualname
        return self.class_name or "<module>"


@dataclass
class AnalysisContext:
    """Everything a rule may look at for one incident. Built once per analysis."""

    incident: Incident
    exception: ExceptionInfo
    code: Code
    settings: Settings = field(default_factory=Settings)
    warnings: list[str] = field(default_factory=list)
    #: Places found by the origin tracer etc. that the context should include (file, line, reason).
    notable: list[tuple[str, int, str]] = field(default_factory=list)
    #: Candidates found by the rules run so far (fallback rules look at them).
    found: list[Candidate] = field(default_factory=list)

    @property
    def workspace(self) -> Workspace:
        return self.code.workspace

    @property
    def index(self) -> Any | None:
        return self.code.index

    @property
    def exc_type(self) -> str:
        return self.exception.short_type

    @property
    def message(self) -> str:
        return self.exception.message

    @cached_property
    def stack(self) -> list[StackFrame]:
        """In-app frames that map onto readable repo files, innermost first."""
        result: list[StackFrame] = []
        frames = self.exception.frames
        for position in range(len(frames) - 1, -1, -1):
            frame = frames[position]
            location = frame.location
            if not frame.in_app or location is None:
                continue
            path, line = location
            if self.code.source(path) is None:
                continue
            func = self.code.function_at(path, line)
            if result and result[-1].path == path and result[-1].func == func and func is not None:
                continue  # a comprehension/genexpr frame inside the same function
            class_name = self.code.class_at(path, line) if func is None else None
            result.append(StackFrame(frame, position, path, line, func, class_name))
        return result

    @property
    def crash(self) -> StackFrame | None:
        """The innermost in-app frame (where the program crashed, or last was in our code)."""
        return self.stack[0] if self.stack else None

    @property
    def crash_is_innermost(self) -> bool:
        """True when the crash frame is the last frame printed (no library frames below it)."""
        crash = self.crash
        return crash is not None and crash.position == len(self.exception.frames) - 1

    def outer_of(self, sf: StackFrame) -> StackFrame | None:
        """The in-app frame that called ``sf`` (next outer), if any."""
        stack = self.stack
        for i, item in enumerate(stack):
            if item is sf and i + 1 < len(stack):
                return stack[i + 1]
        return None

    def frame_for(self, func: FuncRef) -> StackFrame | None:
        for item in self.stack:
            if item.func is not None and item.func == func:
                return item
        return None

    def source(self, path: str) -> SourceFile | None:
        return self.code.source(path)

    def statement(self, sf: StackFrame) -> Node | None:
        src = self.code.source(sf.path)
        if src is None:
            return None
        return syntax.statement_at(src.root, sf.line)

    def note(self, path: str, line: int, reason: str) -> None:
        self.notable.append((path, line, reason))


# -- token estimate ---------------------------------------------------------------

_WORD_RE = re.compile(r"[A-Za-z_]+|\d+|[^\sA-Za-z_\d]")


def estimate_tokens(text: str) -> int:
    """A cheap, offline estimate of BPE tokens for code and prose (no tokenizer download).

    Roughly one token per identifier piece or punctuation mark, with long identifiers split
    every ~6 characters and runs of indentation counted as one token per 4 spaces; this is
    within ~15% of GPT tokenizers on Python code and never far below ``len(text) / 4``.
    """
    if not text:
        return 0
    count = 0
    for match in _WORD_RE.finditer(text):
        piece = match.group(0)
        if piece[0].isalpha() or piece[0] == "_":
            count += 1 + (len(piece) - 1) // 6
        elif piece[0].isdigit():
            count += 1 + (len(piece) - 1) // 3
        else:
            count += 1
    count += text.count("\n")
    spaces = sum(len(m.group(0)) // 4 for m in re.finditer(r"(?m)^ {4,}", text))
    count += spaces // 2
    return max(count, len(text) // 4)


# -- context gathering -----------------------------------------------------------

#: Lines around a single point of interest when it is not inside a function.
_AROUND = 6
#: A function longer than this is cut around the line of interest.
_MAX_SPAN = 60


@dataclass(frozen=True)
class _Want:
    file: str
    line: int
    reason: str
    priority: float
    whole_function: bool = True


def _span_for(ctx: AnalysisContext, want: _Want) -> tuple[int, int] | None:
    src = ctx.code.source(want.file)
    if src is None:
        return None
    total = len(src.lines)
    if total == 0:
        return None
    line = min(max(want.line, 1), total)
    if want.whole_function:
        func = ctx.code.function_at(want.file, line)
        if func is not None:
            start, end = func.header_line(), func.end_line
            if end - start + 1 > _MAX_SPAN:
                start = max(start, line - _MAX_SPAN // 2)
                end = min(end, start + _MAX_SPAN - 1)
            return start, end
        cls = _class_at(src, line)
        if cls is not None:
            start, end = syntax.line_of(cls), syntax.end_line_of(cls)
            if end - start + 1 > _MAX_SPAN:
                start = max(start, line - _MAX_SPAN // 2)
                end = min(end, start + _MAX_SPAN - 1)
            return start, end
    return max(1, line - _AROUND), min(total, line + _AROUND)


def _class_at(src: SourceFile, line: int) -> Node | None:
    row = line - 1
    best: Node | None = None
    for node in syntax.walk(src.root):
        if node.type == "class_definition" and node.start_point.row <= row <= node.end_point.row:
            best = node
    return best


def snippet_text(ctx: AnalysisContext, snippet: ContextSnippet) -> str:
    src = ctx.code.source(snippet.file)
    if src is None:
        return ""
    body = "\n".join(
        f"{n:>5} {src.line(n)}" for n in range(snippet.start_line, snippet.end_line + 1)
    )
    return f"# {snippet.file}:{snippet.start_line}-{snippet.end_line} ({snippet.reason})\n{body}\n"


def gather_context(
    ctx: AnalysisContext,
    candidates: Sequence[Candidate],
    *,
    budget_tokens: int | None = None,
    neighbours: Iterable[tuple[str, int, str, float]] = (),
) -> tuple[ContextSnippet, ...]:
    """Spans of repo code that explain the report, best first, within ``budget_tokens``."""
    budget = budget_tokens if budget_tokens is not None else ctx.settings.budget_tokens
    wants: list[_Want] = []
    for i, sf in enumerate(ctx.stack):
        reason = "crash site" if i == 0 else f"caller on the stack ({sf.qualname})"
        wants.append(_Want(sf.path, sf.line, reason, 1.0 - 0.08 * i))
    for rank, cand in enumerate(candidates):
        base = 0.95 - 0.05 * rank
        wants.append(_Want(cand.file, cand.line, f"candidate #{rank + 1}: {cand.title}", base))
        for step in cand.evidence:
            wants.append(_Want(step.file, step.line, f"evidence: {step.note}", base - 0.1))
    for path, line, reason in ctx.notable:
        wants.append(_Want(path, line, reason, 0.7))
    for path, line, reason, score in neighbours:
        wants.append(_Want(path, line, reason, 0.2 + 0.3 * max(0.0, min(1.0, score))))
    return pack_context(ctx, wants, budget)


def pack_context(
    ctx: AnalysisContext, wants: list[_Want], budget: int
) -> tuple[ContextSnippet, ...]:
    """Turn wanted places into non-overlapping snippets, highest priority first, under budget."""
    chosen: list[ContextSnippet] = []
    used = 0
    seen_spans: dict[str, list[tuple[int, int]]] = {}
    for want in sorted(wants, key=lambda w: -w.priority):
        span = _span_for(ctx, want)
        if span is None:
            continue
        start, end = span
        spans = seen_spans.setdefault(want.file, [])
        if any(s <= start and end <= e for s, e in spans):
            continue
        # Trim the parts already shown.
        for s, e in sorted(spans):
            if s <= start <= e:
                start = e + 1
            if s <= end <= e:
                end = s - 1
        if start > end:
            continue
        snippet = ContextSnippet(want.file, start, end, want.reason, round(want.priority, 4))
        cost = estimate_tokens(snippet_text(ctx, snippet))
        if used + cost > budget:
            # Try a tight window around the line instead of the whole function.
            src = ctx.code.source(want.file)
            if src is None:
                continue
            start2 = max(start, want.line - 3)
            end2 = min(end, want.line + 3)
            if start2 > end2:
                continue
            snippet = ContextSnippet(want.file, start2, end2, want.reason, round(want.priority, 4))
            cost = estimate_tokens(snippet_text(ctx, snippet))
            if used + cost > budget:
                continue
            start, end = start2, end2
        used += cost
        spans.append((start, end))
        chosen.append(snippet)
    return tuple(chosen)
