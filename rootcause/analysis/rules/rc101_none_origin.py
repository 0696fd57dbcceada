"""RC101: a value is None at the crash; trace where the None came from."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext, StackFrame
from rootcause.analysis.origin import NoneDetector, Producer, Tracer, where_for
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    attribute_receivers,
    candidate_from_producer,
    contributions,
    crash_node_candidates,
    hop_candidates,
    message_attribute,
    none_operands,
    short,
    symptom_at,
)
from rootcause.model import Candidate

if TYPE_CHECKING:
    from tree_sitter import Node

_NONE_HINTS = ("'NoneType'", "NoneType", "input_value=None", "got None", "None is not")


def _failing_expressions(ctx: AnalysisContext, sf: StackFrame) -> list[Node]:
    message = ctx.message
    attr = message_attribute(message)
    if ctx.crash_is_innermost:
        if attr is not None and attr[0] == "NoneType":
            return attribute_receivers(ctx, sf, attr[1])
        return none_operands(ctx, sf, message)
    # The None went into library code called from here: the call's arguments and receiver.
    nodes = crash_node_candidates(ctx, sf)
    out: list[Node] = []
    for node in nodes:
        if node.type != "call":
            continue
        positional, keywords = syntax.call_arguments(node)
        out.extend(positional)
        out.extend(keywords.values())
        func = node.child_by_field_name("function")
        if func is not None and func.type == "attribute":
            obj = func.child_by_field_name("object")
            if obj is not None:
                out.append(obj)
    if attr is not None and attr[0] == "NoneType":
        out = attribute_receivers(ctx, sf, attr[1]) + out
    return [
        n
        for n in out
        if n.type not in ("string", "integer", "float", "true", "false", "keyword_argument")
    ][:8]


def _title(producer: Producer, expr: str) -> str:
    if producer.mechanism in ("implicit None",):
        return f"{producer.function}() returns None implicitly; `{expr}` gets it"
    if producer.mechanism == "nullable column":
        return f"`{expr}` comes from a nullable column ({producer.function})"
    if producer.mechanism == "optional parameter":
        return f"{producer.function}() accepts None for `{expr}`"
    return f"`{expr}` is None: produced by {producer.mechanism} in {producer.function}()"


@register(
    "RC101",
    name="none-origin",
    title="None flows from a producer to an unguarded use",
    exceptions=("AttributeError", "TypeError"),
    messages=(r"'NoneType' object", r"NoneType", r"input_value=None"),
)
def none_origin(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A value is None where the code expects an object; finds where the None was produced.

    Why it matters: ``'NoneType' object has no attribute 'x'`` points at the line that used
    the value, but the bug is usually elsewhere: a repository method that returns
    ``.first()`` / ``scalar_one_or_none()`` for rows a filter excludes, a function that
    falls off its end, ``os.getenv`` for an unset variable, a nullable column that old rows
    left NULL because a migration added it without a backfill. The rule walks the value
    back through assignments, parameters (the caller's argument in the previous frame),
    ``Depends(...)`` and return statements across files, and ranks the producer first,
    the unguarded use second, and the model/migration that allowed it after.

    Example::

        # repositories.py
        async def get_by_email(self, email):
            stmt = select(User).where(User.email == email, User.stripe_customer_id.is_not(None))
            return (await self.session.execute(stmt)).scalar_one_or_none()   # <- origin

        # billing.py
        customer = user.stripe_customer_id        # AttributeError: 'NoneType' object ...
    """
    message = ctx.message
    if not any(hint in message for hint in _NONE_HINTS):
        return
    sf = ctx.crash
    if sf is None:
        return
    where = where_for(ctx, sf)
    if where is None:
        return
    expressions = _failing_expressions(ctx, sf)
    if not expressions:
        return
    tracer = Tracer(ctx, NoneDetector())
    seen: set[tuple[str, int]] = set()
    producers: list[tuple[Producer, str]] = []
    for expr in expressions[:4]:
        text = short(syntax.text_of(expr), 50)
        for prod in tracer.trace(expr, where):
            key = (prod.file, prod.line)
            if key not in seen:
                seen.add(key)
                producers.append((prod, text))
    best = max((p.confidence for p, _ in producers), default=0.0)
    for prod, text in producers:
        ctx.note(prod.file, prod.line, f"produces None: {prod.mechanism}")
        yield candidate_from_producer(
            ctx,
            prod,
            rule="RC101",
            title=_title(prod, text),
            explanation=(
                f"`{text}` is None when {sf.qualname}() uses it at {sf.path}:{sf.line}. "
                f"It comes from {prod.function}() at {prod.file}:{prod.line}: {prod.note}."
            ),
            crash_note=f"crashes: {ctx.exc_type}: {short(message, 100)} (`{text}` is None)",
        )
        yield from contributions(ctx, prod, rule="RC101")
        yield from hop_candidates(ctx, prod, rule="RC101", what=f"`{text}`")
    text = short(syntax.text_of(expressions[0]), 50)
    documented = any(p.mechanism == "documented None" for p, _ in producers) and best < 0.6
    yield symptom_at(
        ctx,
        sf,
        rule="RC101",
        title=f"unguarded use of `{text}`, which can be None",
        explanation=(
            f"{sf.qualname}() uses `{text}` without checking for None. "
            + (
                "The producer documents that it returns None, so this use must handle it."
                if documented
                else "The producers above explain where the None comes from."
                if producers
                else "No producer was found statically."
            )
        ),
        fix=f"Guard the use: `if {text} is None: ...` (raise a clear error or handle the missing value).",
        confidence=0.58 if documented else (0.5 if best >= 0.6 else 0.55),
    )
