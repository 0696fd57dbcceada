"""RC106: a date/time string written with one format and parsed with another."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import string_value
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, crash_node_candidates, short, symptom_at
from rootcause.model import Candidate, CandidateKind, Evidence

_MESSAGE = re.compile(r"time data (?P<data>.+?) does not match format (?P<fmt>'[^']*'|\"[^\"]*\")")


def _format_value(ctx: AnalysisContext, text: str, path: str) -> str | None:
    """The literal value of a format expression: a string, or a module-level constant."""
    text = text.strip()
    if text[:1] in ("'", '"'):
        return text.strip("'\"")
    if not text.isidentifier():
        return None
    binding = ctx.code.imports_of(path).get(text)
    target_path, name = path, text
    if binding is not None and binding[1] is not None:
        found = ctx.code.module_path(binding[0])
        if found is None:
            return None
        target_path, name = found, binding[1]
    src = ctx.code.source(target_path)
    if src is None:
        return None
    match = re.search(rf"^{re.escape(name)}\s*(?::[^=]+)?=\s*([\"'][^\"']*[\"'])", src.text, re.M)
    return match.group(1).strip("'\"") if match else None


@register(
    "RC106",
    name="format-drift",
    title="Dates written with one format and parsed with another",
    exceptions=("ValueError",),
    messages=(r"does not match format",),
)
def format_drift(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``time data '03/06/2024' does not match format '%Y-%m-%d'``: finds the writer using another format.

    Why it matters: the parser is usually right (it follows the agreed format); the string
    was produced somewhere else with ``strftime`` and a different format, often the input
    format of an earlier pipeline stage. The rule compares every ``strftime`` in the
    repository with the format the crash expects and points at the writers that differ,
    preferring those that store the value under the key the reader reads.

    Example::

        "date": day.strftime(date_fmt),                          # <- origin: input format
        dt.datetime.strptime(rec["date"], STAGED_DATE_FMT)       # ValueError
    """
    match = _MESSAGE.search(ctx.message)
    sf = ctx.crash
    if match is None or sf is None:
        return
    expected = match.group("fmt").strip("'\"")
    reader_format = None
    for node in crash_node_candidates(ctx, sf):
        if node.type == "call" and syntax.call_name(node)[0] == "strptime":
            args, _kw = syntax.call_arguments(node)
            if len(args) >= 2:
                reader_format = syntax.text_of(args[1])
    keys_read: set[str] = set()
    for item in ctx.stack[:3]:
        if item.func is None:
            continue
        for n in syntax.walk(item.func.node):
            index = n.child_by_field_name("subscript") if n.type == "subscript" else None
            if index is not None and index.type == "string":
                keys_read.add(string_value(index))
    found = False
    for path in ctx.code.files_calling("strftime")[:40]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for call in syntax.walk(src.root):
            if call.type != "call" or syntax.call_name(call)[0] != "strftime":
                continue
            args, _kw = syntax.call_arguments(call)
            if not args:
                continue
            fmt_text = syntax.text_of(args[0])
            if reader_format is not None and fmt_text == reader_format:
                continue
            value = _format_value(ctx, fmt_text, path)
            if value == expected:
                continue
            pair = call.parent
            key = None
            if pair is not None and pair.type == "pair":
                k = pair.child_by_field_name("key")
                if k is not None and k.type == "string":
                    key = string_value(k)
            fn = syntax.enclosing_function(call)
            qual = syntax.qualname_of(fn) if fn is not None else "<module>"
            same_key = key is not None and key in keys_read
            what = f"`{fmt_text}`" + (
                f" ({value!r})" if value and value != fmt_text.strip("'\"") else ""
            )
            note = f"writes dates with {what}, not the {expected!r} the reader parses" + (
                f', under "{key}"' if key else ""
            )
            found = True
            yield Candidate(
                file=path,
                line=syntax.line_of(call),
                end_line=syntax.line_of(call),
                function=qual,
                rule="RC106",
                title=f"{qual}() writes dates in another format",
                explanation=f"{sf.qualname}() parses {match.group('data')} with {expected!r}; {qual}() {note}.",
                evidence=(crash_evidence(ctx, sf), Evidence(path, syntax.line_of(call), note)),
                fix=f"Write the value with the shared format ({reader_format or repr(expected)}) in {qual}().",
                kind=CandidateKind.ORIGIN,
                confidence=0.8 if same_key else (0.6 if value is None else 0.65),
            )
    yield symptom_at(
        ctx,
        sf,
        rule="RC106",
        title=f"parses dates with {expected!r}",
        explanation=f"{short(ctx.message, 120)}.",
        fix="Parse the format the data really has, or fix the writer.",
        confidence=0.35 if found else 0.5,
    )
