"""RC100: the crash site itself, the honest fallback."""

from __future__ import annotations

from collections.abc import Iterator

from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import short, symptom_at
from rootcause.model import Candidate, CandidateKind, Evidence


@register(
    "RC100",
    name="crash-site",
    title="The innermost in-app frame (fallback)",
    exceptions=("*",),
    fallback=True,
)
def crash_site(ctx: AnalysisContext) -> Iterator[Candidate]:
    """The line in your code where the exception surfaced, when nothing better explains it.

    Why it matters: every other rule looks for where the bad value or state came from.
    When none recognises the pattern, the innermost frame of your own code is still the
    best place to start reading; this candidate is given a low confidence so that any
    traced origin outranks it.

    Example::

        def total(order):
            return order["amount"] * order["qty"]   # KeyError: 'qty' -> RC100 points here
    """
    sf = ctx.crash
    if sf is None:
        return
    exc = ctx.exception
    has_origin = any(c.kind is CandidateKind.ORIGIN for c in ctx.found)
    confidence = 0.25 if has_origin else 0.45
    frames_below = len(exc.frames) - 1 - sf.position
    where = (
        "raised here"
        if frames_below == 0
        else f"raised {frames_below} frame(s) below, in library code called from here"
    )
    # The callers on the stack passed the failing values in: weak, but often where the fix goes.
    for depth, outer in enumerate(ctx.stack[1:3], start=1):
        if outer.func is None and outer.qualname == "<module>" and depth > 1:
            break
        yield Candidate(
            file=outer.path,
            line=outer.line,
            end_line=outer.line,
            function=outer.qualname,
            rule="RC100",
            title=f"caller on the stack: {outer.qualname}()",
            explanation=f"{outer.qualname}() called into the failing code at {outer.path}:{outer.line}; the value that failed may come from here.",
            evidence=(
                Evidence(outer.path, outer.line, f"calls `{short(outer.frame.line or '', 60)}`"),
            ),
            fix=None,
            kind=CandidateKind.CONTRIBUTING,
            confidence=(0.3 if not has_origin else 0.2) / depth,
        )
    yield symptom_at(
        ctx,
        sf,
        rule="RC100",
        title=f"{exc.short_type} in {sf.qualname}()",
        explanation=(
            f"{exc.short_type}: {short(exc.message, 160)} was {where}. "
            "No rule traced the cause further back, so this is where to start reading."
        ),
        fix=None,
        confidence=confidence,
    )
