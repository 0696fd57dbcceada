"""Pack an incident, the offline hypotheses and ranked code excerpts into a prompt in a budget.

The budget (``Settings.budget_tokens``, default 6,000) bounds the first request: system
message + user message + the JSON Schema (sent as ``response_format`` or, on servers that
reject it, inside the user message), estimated offline by :func:`estimate_tokens`.

Order of filling: the fixed text, the incident (frames compressed when long), up to five
offline hypotheses, then code excerpts in the report's ranked ``context`` order (anchored
on the crash or candidate line when one has to be cut), then small windows around frame
and candidate lines that no excerpt covered yet, then repository definitions named by
dotted paths in the exception message. Everything is redacted before it is counted, so
what is counted is what is sent.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rootcause.config import Settings
from rootcause.llm.prompts import load_prompt
from rootcause.llm.redact import redact_lines, redact_text
from rootcause.llm.schema import reply_json_schema
from rootcause.model import Candidate, ContextSnippet, Frame, Incident, Report
from rootcause.workspace import Workspace

MAX_HYPOTHESES = 5
MAX_MESSAGE_CHARS = 2000
MAX_LINE_CHARS = 400
MESSAGE_OVERHEAD_TOKENS = 8
#: Lines shown around a frame / candidate line that no ranked excerpt covered.
ANCHOR_WINDOW = 4
#: Same, when the report carries no ranked context at all.
FALLBACK_WINDOW = 12

_PIECES = re.compile(r"[A-Za-z]+|[0-9]+|[ \t]+|\n|[^\sA-Za-z0-9]")


def estimate_tokens(text: str) -> int:
    """Estimated prompt tokens of ``text``: the engine's estimator, so both budgets agree."""
    return _estimator()(text)


@cache
def _estimator() -> Callable[[str], int]:
    try:
        from rootcause.analysis.context import estimate_tokens as shared
    except ImportError:
        return estimate_tokens_local
    return shared


def estimate_tokens_local(text: str) -> int:
    """A conservative offline estimate of BPE tokens (no tokenizer download).

    Counts words (one token per 6 letters started), digit groups (per 3 digits), each
    punctuation character, each newline and each run of 2+ spaces; non-ASCII characters
    count 2. Designed to err high on code and tracebacks; used only when the engine's
    estimator (``rootcause.analysis.context.estimate_tokens``) is not available.
    """
    total = 0
    for match in _PIECES.finditer(text):
        piece = match.group()
        first = piece[0]
        if first.isascii() and first.isalpha():
            total += 1 + (len(piece) - 1) // 6
        elif first.isdigit():
            total += 1 + (len(piece) - 1) // 3
        elif first in " \t":
            total += 1 if len(piece) > 1 else 0
        elif first == "\n" or first.isascii():
            total += 1
        else:
            total += 2
    return total


@dataclass(frozen=True, slots=True)
class PackedPrompt:
    """The request, ready to send in either response-format mode."""

    system: str
    user: str
    schema: dict[str, Any]
    nonce: str
    budget_tokens: int
    estimated_tokens: int
    included: tuple[ContextSnippet, ...]  # code spans in the prompt (after cuts/merges)
    hypotheses: dict[str, Candidate] = field(default_factory=dict)  # "H1" -> candidate
    warnings: tuple[str, ...] = ()

    def messages(self, mode: str = "schema") -> list[dict[str, str]]:
        """``schema``: the schema goes as response_format; ``plain``: it goes in the text."""
        user = self.user
        if mode == "plain":
            user = f"{user}\n\n{fallback_instructions(self.schema)}"
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def response_format(self) -> dict[str, Any]:
        from rootcause.llm.schema import SCHEMA_NAME

        return {
            "type": "json_schema",
            "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": self.schema},
        }


def fallback_instructions(schema: dict[str, Any]) -> str:
    return load_prompt("json_fallback").render(schema=json.dumps(schema, separators=(",", ":")))


# -- rendering pieces -------------------------------------------------------------------


_INSTALLED = re.compile(r"^.*/(?:site-packages|dist-packages)/")
_STDLIB = re.compile(r"^.*/lib/python\d+(?:\.\d+)?/")


def _frame_path(frame: Frame) -> str:
    """The repo path, or a library path from its package on (no home folders, fewer tokens)."""
    if frame.repo_path:
        return frame.repo_path
    path = frame.path.replace("\\", "/")
    shortened = _INSTALLED.sub("", path, count=1)
    return shortened if shortened != path else _STDLIB.sub("", path, count=1)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + " …[truncated]"


def render_incident(incident: Incident, *, max_frames: int | None = None) -> str:
    """The incident as compact data: exception chain, then frames outermost first."""
    out: list[str] = [f"format: {incident.format}"]
    primary = incident.primary
    for exc in incident.exceptions:
        marker = "crash" if exc is primary else (exc.relation.value if exc.relation else "earlier")
        out.append(f"exception ({marker}): {exc.type}: {_clip(exc.message, MAX_MESSAGE_CHARS)}")
    frames = list(primary.frames)
    out.append("frames (outermost first; [repo] = repository file):")
    out.extend(_render_frames(frames, max_frames=max_frames))
    return "\n".join(out)


def _render_frames(frames: Sequence[Frame], *, max_frames: int | None) -> list[str]:
    """Frames with runs of identical frames folded and long library stretches elided."""
    runs: list[tuple[int, int]] = []  # (first index, count) of identical consecutive frames
    for i, frame in enumerate(frames):
        if runs and _frame_key(frames[runs[-1][0]]) == _frame_key(frame):
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((i, 1))
    n = len(runs)
    keep: list[int] = []
    for r, (i, _) in enumerate(runs):
        frame = frames[i]
        near_app = (r > 0 and frames[runs[r - 1][0]].in_app) or (
            r + 1 < n and frames[runs[r + 1][0]].in_app
        )
        if frame.in_app or r in (0, n - 1) or near_app:
            keep.append(r)
    if max_frames is not None and len(keep) > max_frames:
        head = max(1, max_frames // 3)
        keep = keep[:head] + keep[-(max_frames - head) :]
    lines: list[str] = []
    next_index = 0  # first frame index not yet accounted for
    for r in keep:
        i, count = runs[r]
        if i > next_index:
            lines.append(f"  ... {i - next_index} frames omitted ...")
        frame = frames[i]
        tag = "[repo]" if frame.repo_path else "[library]"
        lineno = frame.repo_lineno or frame.lineno
        lines.append(f"  #{i + 1} {tag} {_frame_path(frame)}:{lineno} in {frame.function}")
        if frame.line:
            lines.append(f"      {_clip(frame.line.strip(), MAX_LINE_CHARS)}")
        if count > 1:
            lines.append(f"  (the frame above repeats {count - 1} more times)")
        next_index = i + count
    if next_index < len(frames):
        lines.append(f"  ... {len(frames) - next_index} frames omitted ...")
    return lines


def _frame_key(frame: Frame) -> tuple[str, int, str]:
    return (_frame_path(frame), frame.lineno, frame.function)


def render_hypothesis(hid: str, candidate: Candidate) -> str:
    span = f"{candidate.line}" + (
        f"-{candidate.end_line}" if candidate.end_line > candidate.line else ""
    )
    out = [
        f"{hid} [{candidate.kind.value}] {candidate.file}:{span} in {candidate.function} "
        f"(rule {candidate.rule}, score {candidate.score or candidate.confidence:.2f})",
        f"   title: {candidate.title}",
    ]
    if candidate.explanation:
        out.append(f"   why: {_clip(candidate.explanation, 600)}")
    for ev in candidate.evidence[:6]:
        out.append(f"   evidence: {ev.file}:{ev.line} {_clip(ev.note, 200)}")
    if candidate.fix:
        out.append(f"   fix: {_clip(candidate.fix, 300)}")
    return "\n".join(out)


# -- code excerpts ----------------------------------------------------------------------


@dataclass
class _Span:
    file: str
    start: int
    end: int
    reasons: list[str]
    order: int


def _attr_safe(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace('"', "'").replace("<", "(").replace(">", ")")[:160]


class _CodeSource:
    """Redacted, line-numbered excerpts of repository files, read through the Workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._redacted: dict[tuple[str, int], str] = {}

    def line_count(self, file: str) -> int:
        return len(self.workspace.read_lines(file))

    def _redacted_lines(self, file: str, start: int, end: int) -> list[str]:
        missing = [n for n in range(start, end + 1) if (file, n) not in self._redacted]
        if missing:
            lines = self.workspace.read_lines(file)
            lo, hi = missing[0], missing[-1]
            # Redact a few lines of margin so a secret block cut by the excerpt is still seen.
            m_lo, m_hi = max(1, lo - 3), min(len(lines), hi + 3)
            redacted = redact_lines(lines[m_lo - 1 : m_hi], filename=file)
            for n, text in enumerate(redacted, start=m_lo):
                if lo <= n <= hi:
                    self._redacted[(file, n)] = text
        return [self._redacted[(file, n)] for n in range(start, end + 1)]

    def excerpt(self, file: str, start: int, end: int) -> list[str]:
        redacted = self._redacted_lines(file, start, end)
        width = len(str(end))
        return [
            f"{n:>{width}} | {_clip(text, MAX_LINE_CHARS)}"
            for n, text in enumerate(redacted, start=start)
        ]


def _anchors(report: Report) -> list[tuple[str, int, str]]:
    """Lines that must be visible: crash frames innermost first, then candidate lines."""
    out: list[tuple[str, int, str]] = []
    for frame in reversed(report.incident.primary.frames):
        loc = frame.location
        if loc is not None:
            out.append((loc[0], loc[1], f"frame {frame.function}"))
    for cand in report.candidates[:MAX_HYPOTHESES]:
        out.append((cand.file, cand.line, f"candidate {cand.rule}"))
        for ev in cand.evidence[:3]:
            out.append((ev.file, ev.line, "evidence"))
    return out


def _fit_span(span: _Span, anchor_lines: Sequence[int], max_lines: int) -> tuple[int, int] | None:
    """Cut ``span`` to ``max_lines`` lines, centred on its first anchor when it has one."""
    if max_lines <= 0:
        return None
    if span.end - span.start + 1 <= max_lines:
        return span.start, span.end
    inside = [a for a in anchor_lines if span.start <= a <= span.end]
    centre = inside[0] if inside else span.start + max_lines // 2
    start = max(span.start, centre - max_lines // 2)
    end = min(span.end, start + max_lines - 1)
    start = max(span.start, end - max_lines + 1)
    return start, end


# -- the packer -------------------------------------------------------------------------


def pack(report: Report, *, workspace: Workspace, settings: Settings) -> PackedPrompt:
    """Build the prompt for ``report`` within ``settings.budget_tokens`` (estimated)."""
    budget = settings.budget_tokens
    system = load_prompt("system").body
    schema = reply_json_schema()
    schema_tokens = estimate_tokens(json.dumps(schema, separators=(",", ":")))
    schema_tokens = max(schema_tokens, estimate_tokens(fallback_instructions(schema)))
    warnings: list[str] = []

    probe_nonce = "0" * 12
    analyze = load_prompt("analyze")

    def assemble(incident: str, hyps: str, context_blocks: Sequence[str], nonce: str) -> str:
        context = "\n".join(context_blocks) if context_blocks else load_prompt("no_context").body
        return analyze.render(nonce=nonce, incident=incident, hypotheses=hyps, context=context)

    def total(user: str) -> int:
        return (
            estimate_tokens(system)
            + estimate_tokens(user)
            + schema_tokens
            + 2 * MESSAGE_OVERHEAD_TOKENS
        )

    # What the data may use once the instructions and the schema are paid for.
    available = max(0, budget - total(assemble("", "", ["x"], probe_nonce)))

    # Incident: compress frames until it takes at most a third of what is available.
    incident_text = redact_text(render_incident(report.incident))
    for max_frames in (60, 30, 12, 6, 3):
        if estimate_tokens(incident_text) <= available // 3:
            break
        incident_text = redact_text(render_incident(report.incident, max_frames=max_frames))

    # Hypotheses: the top offline candidates, while they fit a quarter of what is available.
    hypotheses: dict[str, Candidate] = {}
    hyp_blocks: list[str] = []
    hyp_tokens = 0
    for i, cand in enumerate(report.candidates[:MAX_HYPOTHESES], start=1):
        block = redact_text(render_hypothesis(f"H{i}", cand))
        cost = estimate_tokens(block) + 1
        if hyp_tokens + cost > available // 4:
            break
        hypotheses[f"H{i}"] = cand
        hyp_blocks.append(block)
        hyp_tokens += cost
    hyp_text = "\n".join(hyp_blocks) if hyp_blocks else load_prompt("no_hypotheses").body

    # A little slack: the estimate of the whole is not exactly the sum of its parts.
    slack = 16 + budget // 100
    remaining = budget - slack - total(assemble(incident_text, hyp_text, [], probe_nonce))
    if remaining < 0:
        warnings.append(
            f"the token budget ({budget}) is too small for the incident; no code was included"
        )

    source = _CodeSource(workspace)
    anchors = _anchors(report)
    selected = _select_spans(report, source, anchors)

    block_template = load_prompt("context_block")
    blocks: list[str] = []
    parts: list[tuple[_Span, int, int]] = []
    included: list[ContextSnippet] = []
    covered: dict[str, set[int]] = {}
    for span in selected:
        if remaining <= 40:
            break
        taken = covered.setdefault(span.file, set())
        lines_free = [n for n in range(span.start, span.end + 1) if n not in taken]
        if not lines_free:
            continue
        # Contiguous uncovered sub-range nearest the span's anchor.
        span = _Span(span.file, lines_free[0], _run_end(lines_free), span.reasons, span.order)
        file_anchors = [a[1] for a in anchors if a[0] == span.file]
        max_lines = span.end - span.start + 1
        while max_lines > 0:
            fitted = _fit_span(span, file_anchors, max_lines)
            if fitted is None:
                break
            start, end = fitted
            block = _render_block(block_template, source, span, start, end)
            cost = estimate_tokens(block) + 1
            if cost <= remaining:
                blocks.append(block)
                parts.append((span, start, end))
                included.append(ContextSnippet(span.file, start, end, "; ".join(span.reasons)))
                taken.update(range(start, end + 1))
                remaining -= cost
                break
            # Shrink proportionally to what fits, and retry.
            max_lines = min(max_lines - 1, int(max_lines * remaining / cost))
            if max_lines < 3:
                break

    # The nonce depends on every byte of data, so data cannot forge its closing marker.
    digest = hashlib.sha256(
        "\x00".join([incident_text, hyp_text, *blocks]).encode("utf-8")
    ).hexdigest()[:12]
    blocks = [
        _render_block(block_template, source, span, start, end, nonce=digest)
        for span, start, end in parts
    ]
    user = assemble(incident_text, hyp_text, blocks, digest)
    estimated = total(user)
    while estimated > budget and blocks:  # the estimate is additive; this is a safety net
        blocks.pop()
        included.pop()
        user = assemble(incident_text, hyp_text, blocks, digest)
        estimated = total(user)
    return PackedPrompt(
        system=system,
        user=user,
        schema=schema,
        nonce=digest,
        budget_tokens=budget,
        estimated_tokens=estimated,
        included=tuple(included),
        hypotheses=hypotheses,
        warnings=tuple(warnings),
    )


def _run_end(lines_free: Sequence[int]) -> int:
    end = lines_free[0]
    for n in lines_free[1:]:
        if n != end + 1:
            break
        end = n
    return end


def _render_block(
    template: Any, source: _CodeSource, span: _Span, start: int, end: int, *, nonce: str = "0" * 12
) -> str:
    code = "\n".join(source.excerpt(span.file, start, end))
    rendered: str = template.render(
        nonce=nonce,
        file=_attr_safe(span.file),
        start=str(start),
        end=str(end),
        reason=_attr_safe(redact_text("; ".join(span.reasons))),
        code=code,
    )
    return rendered


def _select_spans(
    report: Report, source: _CodeSource, anchors: Sequence[tuple[str, int, str]]
) -> list[_Span]:
    """Ranked spans: the report's context (by priority), then windows around uncovered anchors."""
    spans: list[_Span] = []
    ranked = sorted(enumerate(report.context), key=lambda p: (-p[1].priority, p[0]))
    for order, snip in ranked:
        count = source.line_count(snip.file)
        if count == 0:
            continue
        start, end = max(1, snip.start_line), min(count, max(snip.end_line, snip.start_line))
        if start <= end:
            spans.append(_Span(snip.file, start, end, [snip.reason], order))
    window = ANCHOR_WINDOW if spans else FALLBACK_WINDOW
    base = len(spans)
    for i, (file, line, reason) in enumerate(anchors):
        count = source.line_count(file)
        if count == 0 or not 1 <= line <= count:
            continue
        if any(s.file == file and s.start <= line <= s.end for s in spans):
            continue
        spans.append(
            _Span(file, max(1, line - window), min(count, line + window), [reason], base + i)
        )
    base = len(spans)
    for i, (file, start, end, reason) in enumerate(_message_references(report, source)):
        if not any(s.file == file and s.start <= start <= s.end for s in spans):
            spans.append(_Span(file, start, end, [reason], base + i))
    return spans


_DOTTED = re.compile(r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b")
_DEF_LINE = r"^(?P<indent>[ \t]*)(?:async[ \t]+)?(?:def|class)[ \t]+{name}\b"
MAX_REFERENCE_LINES = 60
MAX_REFERENCES = 4


def _message_references(report: Report, source: _CodeSource) -> list[tuple[str, int, int, str]]:
    """Repository code named by dotted paths in the exception messages.

    ``<blog.models.Post object at 0x...>`` or ``app.settings.Settings`` name a module of the
    repository (matched by path suffix, so ``src/`` layouts work) and maybe a class or
    function in it: its definition block is shown (or the module's head).
    """
    files = source.workspace.python_files
    names = {m.group() for exc in report.incident.exceptions for m in _DOTTED.finditer(exc.message)}
    out: list[tuple[str, int, int, str]] = []
    # Most specific first: ``app.models.author.Author`` before ``post.id``.
    for dotted in sorted(names, key=lambda d: (-d.count("."), d)):
        if len(out) >= MAX_REFERENCES:
            break
        found = _resolve_dotted(dotted, files)
        if found is None:
            continue
        file, name = found
        lines = source.workspace.read_lines(file)
        if not lines:
            continue
        span = _definition_block(lines, name) if name else None
        start, end = span or (1, min(len(lines), 30))
        if not any(o[:3] == (file, start, end) for o in out):
            out.append((file, start, end, f"named in the exception message ({dotted})"))
    return out


def _resolve_dotted(dotted: str, files: Sequence[str]) -> tuple[str, str | None] | None:
    """``pkg.mod.Name`` -> (repo file of ``pkg.mod``, ``Name``); needs a package-qualified module."""
    parts = dotted.split(".")
    for k in range(len(parts), 1, -1):
        stem = "/".join(parts[:k])
        for rel in (f"{stem}.py", f"{stem}/__init__.py"):
            for file in files:
                if file == rel or file.endswith("/" + rel):
                    return file, (parts[k] if k < len(parts) else None)
    return None


def _definition_block(lines: Sequence[str], name: str) -> tuple[int, int] | None:
    pattern = re.compile(_DEF_LINE.format(name=re.escape(name)))
    for i, text in enumerate(lines):
        match = pattern.match(text)
        if not match:
            continue
        indent = len(match.group("indent"))
        end = i
        for j in range(i + 1, min(len(lines), i + MAX_REFERENCE_LINES)):
            stripped = lines[j].strip()
            if stripped and len(lines[j]) - len(lines[j].lstrip()) <= indent:
                break
            if stripped:
                end = j
        return i + 1, end + 1
    return None
