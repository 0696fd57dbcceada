"""Helpers shared by rules: the failing expression at the crash line, and candidate builders."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext, StackFrame
from rootcause.analysis.origin import Producer, Step, Where, where_for
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_ATTR_RE = re.compile(r"'([\w.]+)' object has no attribute '(\w+)'")
_NONE_TYPE_RE = re.compile(r"'NoneType' object|NoneType|None")


def message_attribute(message: str) -> tuple[str, str] | None:
    """(type name, attribute) from "'X' object has no attribute 'y'"."""
    match = _ATTR_RE.search(message)
    if match:
        return match.group(1), match.group(2)
    return None


def crash_node_candidates(ctx: AnalysisContext, sf: StackFrame) -> list[Node]:
    """Nodes of the crash statement, narrowed to the caret columns when the traceback has them."""
    src = ctx.code.source(sf.path)
    if src is None:
        return []
    stmt = syntax.statement_at(src.root, sf.line)
    if stmt is None:
        nodes = syntax.nodes_on_line(src.root, sf.line)
        if not nodes:
            return []
        stmt = nodes[0]
    if stmt.type in (
        "if_statement",
        "while_statement",
        "for_statement",
        "with_statement",
        "try_statement",
        "function_definition",
        "class_definition",
        "decorated_definition",
    ):
        # Only the header line belongs to the crash: restrict to nodes starting on it.
        body_fields = ("consequence", "body", "alternative")
        header = [
            c
            for c in stmt.children
            if stmt.field_name_for_child(stmt.children.index(c)) not in body_fields
        ]
        nodes = [n for h in header for n in syntax.walk(h, into_functions=False)]
    else:
        nodes = list(syntax.walk(stmt, into_functions=False))
    frame = sf.frame
    if frame.col is not None and frame.end_col is not None and frame.line:
        row = sf.line - 1
        line_text = src.line(sf.line)
        offset = (
            len(line_text) - len(line_text.lstrip()) - (len(frame.line) - len(frame.line.lstrip()))
        )
        lo, hi = frame.col + offset, frame.end_col + offset
        # carets that run to the end of the line mark an expression continued on the next
        # lines (``return Model(`` ...): the node that starts there counts whole
        continued = hi >= len(line_text.rstrip())
        narrowed = [
            n
            for n in nodes
            if n.start_point.row == row
            and n.start_point.column >= lo
            and (
                (n.end_point.row == row and n.end_point.column <= hi)
                or (continued and n.end_point.row > row)
            )
        ]
        if narrowed:
            return narrowed
    return nodes


def attribute_receivers(ctx: AnalysisContext, sf: StackFrame, attr: str) -> list[Node]:
    """Receivers ``x`` of ``x.attr`` at the crash statement (most specific first)."""
    found: list[Node] = []
    for node in crash_node_candidates(ctx, sf):
        if (
            node.type == "attribute"
            and syntax.text_of(node.child_by_field_name("attribute")) == attr
        ):
            obj = node.child_by_field_name("object")
            if obj is not None:
                found.append(obj)
    found.sort(key=lambda n: n.end_byte - n.start_byte)
    return found


def none_operands(ctx: AnalysisContext, sf: StackFrame, message: str) -> list[Node]:
    """The expressions that may be the ``None`` a TypeError complains about."""
    nodes = crash_node_candidates(ctx, sf)
    out: list[Node] = []
    if "not subscriptable" in message:
        out = [n.child_by_field_name("value") for n in nodes if n.type == "subscript"]  # type: ignore[misc]
    elif "not iterable" in message or "cannot unpack" in message:
        for n in nodes:
            if n.type in ("for_statement", "for_in_clause"):
                right = n.child_by_field_name("right")
                if right is not None:
                    out.append(right)
            elif n.type == "comparison_operator" and " in " in syntax.text_of(n):
                out.append(n.named_children[-1])
            elif (
                n.type == "assignment"
                and (left := n.child_by_field_name("left")) is not None
                and left.type in ("pattern_list", "tuple_pattern")
            ):
                right = n.child_by_field_name("right")
                if right is not None:
                    out.append(right)
            elif n.type == "call" and syntax.call_name(n)[0] in (
                "list",
                "tuple",
                "set",
                "sorted",
                "sum",
                "len",
                "max",
                "min",
                "dict",
                "enumerate",
                "zip",
            ):
                pos, _kw = syntax.call_arguments(n)
                out.extend(pos[:1])
            elif n.type in ("list_splat", "dictionary_splat"):
                out.extend(n.named_children[:1])
    elif "not callable" in message:
        out = [n.child_by_field_name("function") for n in nodes if n.type == "call"]  # type: ignore[misc]
    elif "has no len()" in message:
        for n in nodes:
            if n.type == "call" and syntax.call_name(n)[0] == "len":
                pos, _kw = syntax.call_arguments(n)
                out.extend(pos[:1])
    elif (
        "unsupported operand" in message
        or "not supported between" in message
        or "can only concatenate" in message
        or "must be str, not NoneType" in message
        or "must be real number" in message
    ):
        pair = re.search(r"'(\w+)' and '(\w+)'", message)
        for n in nodes:
            if n.type in ("binary_operator", "comparison_operator", "augmented_assignment"):
                operands = [c for c in n.named_children if c.type not in ("comment",)]
                if pair and len(operands) == 2 and n.type != "comparison_operator":
                    left_none = pair.group(1) == "NoneType"
                    right_none = pair.group(2) == "NoneType"
                    if left_none != right_none:
                        operands = [operands[0] if left_none else operands[1]]
                out.extend(operands)
    elif "unsupported format string" in message:
        # ``f"{x:.2f}"``, ``format(x, ".2f")``, ``"{:.2f}".format(x)`` with x None: only the
        # values given a format spec can fail (a bare ``{x}`` formats None fine)
        for n in nodes:
            if n.type == "interpolation" and any(
                c.type == "format_specifier" for c in n.children
            ):
                out.extend(
                    c for c in n.named_children if c.type not in ("format_specifier", "comment")
                )
            elif n.type == "call":
                name, receiver = syntax.call_name(n)
                positional, keywords = syntax.call_arguments(n)
                if name == "format" and receiver is None:
                    out.extend(positional[:1])
                elif name == "format" and receiver is not None:
                    out.extend([*positional, *keywords.values()])
    elif "does not support item assignment" in message:
        for n in nodes:
            if n.type == "assignment":
                left = n.child_by_field_name("left")
                if left is not None and left.type == "subscript":
                    value = left.child_by_field_name("value")
                    if value is not None:
                        out.append(value)
    if not out and "NoneType" in message:
        # Unknown wording: every plain name or attribute the crash statement passes to a call.
        for n in nodes:
            if n.type == "call":
                positional, keywords = syntax.call_arguments(n)
                out.extend(
                    a
                    for a in [*positional, *keywords.values()]
                    if a.type in ("identifier", "attribute", "subscript", "call")
                )
    return [n for n in out if n is not None and n.type not in ("integer", "float", "string")]


def crash_where(ctx: AnalysisContext) -> tuple[StackFrame, Where] | None:
    """The crash frame and where its code stands; None without a readable crash frame."""
    sf = ctx.crash
    if sf is None:
        return None
    where = where_for(ctx, sf)
    if where is None:
        return None
    return sf, where


def crash_evidence(ctx: AnalysisContext, sf: StackFrame, note: str | None = None) -> Evidence:
    exc = ctx.exception
    text = note or f"crashes here: {exc.short_type}: {_short(exc.message, 120)}"
    return Evidence(sf.path, sf.line, text)


def steps_to_evidence(steps: Iterable[Step]) -> tuple[Evidence, ...]:
    seen: set[tuple[str, int, str]] = set()
    out: list[Evidence] = []
    for step in steps:
        key = (step.file, step.line, step.note)
        if key in seen:
            continue
        seen.add(key)
        out.append(Evidence(step.file, step.line, step.note))
    return tuple(out)


def candidate_from_producer(
    ctx: AnalysisContext,
    producer: Producer,
    *,
    rule: str,
    title: str,
    explanation: str,
    crash_note: str | None = None,
    confidence: float | None = None,
) -> Candidate:
    sf = ctx.crash
    evidence: tuple[Evidence, ...] = ()
    if sf is not None:
        evidence = (crash_evidence(ctx, sf, crash_note),)
    evidence = evidence + steps_to_evidence(producer.evidence)
    return Candidate(
        file=producer.file,
        line=producer.line,
        end_line=max(producer.line, producer.end_line),
        function=producer.function,
        rule=rule,
        title=title,
        explanation=explanation,
        evidence=_dedupe(evidence),
        fix=producer.fix,
        kind=CandidateKind.ORIGIN,
        confidence=confidence if confidence is not None else producer.confidence,
    )


def contributions(ctx: AnalysisContext, producer: Producer, *, rule: str) -> Iterator[Candidate]:
    for contrib in producer.contributing:
        yield Candidate(
            file=contrib.file,
            line=contrib.line,
            end_line=max(contrib.line, contrib.end_line),
            function=contrib.function,
            rule=rule,
            title=contrib.title,
            explanation=contrib.note,
            evidence=(Evidence(contrib.file, contrib.line, contrib.note),),
            fix=contrib.fix,
            kind=CandidateKind.CONTRIBUTING,
            confidence=contrib.confidence,
        )


def symptom_at(
    ctx: AnalysisContext,
    sf: StackFrame,
    *,
    rule: str,
    title: str,
    explanation: str,
    fix: str | None,
    confidence: float,
    evidence: tuple[Evidence, ...] = (),
) -> Candidate:
    src = ctx.code.source(sf.path)
    end = sf.line
    if src is not None:
        stmt = syntax.statement_at(src.root, sf.line)
        if stmt is not None and stmt.type in (
            "expression_statement",
            "return_statement",
            "raise_statement",
            "assert_statement",
        ):
            end = max(sf.line, syntax.end_line_of(stmt))
    return Candidate(
        file=sf.path,
        line=sf.line,
        end_line=end,
        function=sf.qualname,
        rule=rule,
        title=title,
        explanation=explanation,
        evidence=_dedupe((crash_evidence(ctx, sf), *evidence)),
        fix=fix,
        kind=CandidateKind.SYMPTOM,
        confidence=confidence,
    )


def hop_candidates(
    ctx: AnalysisContext, producer: Producer, *, rule: str, what: str
) -> Iterator[Candidate]:
    """Functions the bad value passed through without a check (weak contributing places)."""
    crash = ctx.crash
    for step in producer.chain:
        if crash is not None and step.file == crash.path and step.function == crash.qualname:
            continue
        if step.function == producer.function and step.file == producer.file:
            continue
        if step.function == "<module>":
            continue
        yield Candidate(
            file=step.file,
            line=step.line,
            end_line=step.line,
            function=step.function,
            rule=rule,
            title=f"{what} passes through {step.function}() unchecked",
            explanation=f"{step.function}() forwards the value without checking it: {step.note}.",
            evidence=(Evidence(step.file, step.line, step.note),),
            fix=f"Check the value in {step.function}() before passing it on.",
            kind=CandidateKind.CONTRIBUTING,
            confidence=0.3,
        )


def _dedupe(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: set[tuple[str, int, str]] = set()
    out: list[Evidence] = []
    for ev in evidence:
        key = (ev.file, ev.line, ev.note)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return tuple(out)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short(text: str, limit: int = 80) -> str:
    return _short(text, limit)
