"""RC104: an operand has the wrong builtin type (a str from the environment, argv, a file)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import ShapeDetector, Tracer, where_for
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    candidate_from_producer,
    crash_node_candidates,
    hop_candidates,
    short,
    symptom_at,
)
from rootcause.model import Candidate

if TYPE_CHECKING:
    from tree_sitter import Node

_PAIR = re.compile(r"(?:for [^:]+: |between instances of )'([\w.]+)' and '([\w.]+)'")
_CONCAT = re.compile(r'can only concatenate (\w+) \(not "(\w+)"\) to (\w+)')
#: ``"ab" * 1.5``: the left operand is a sequence (in practice an unconverted str).
_UNHASHABLE = re.compile(r"unhashable type: '(\w+)'")
_SEQUENCE = re.compile(r"can't multiply sequence by non-int of type '(\w+)'")
#: TypeError messages that name the type of the value a call rejected (its argument).
_ARGUMENT_TYPE = (
    re.compile(r"must be [\w ,]+?, not '?(\w+)'?"),
    re.compile(r"unsupported type for [^:]+: '?(\w+)'?\s*$", re.M),
    re.compile(r"'(\w+)' object cannot be interpreted as an integer"),
    re.compile(r"an integer is required \(got type '?(\w+)'?\)"),
    re.compile(r"expected [\w ]+, got '?(\w+)'?"),
)
_BUILTINS = {"str", "int", "float", "list", "dict", "tuple", "bytes", "Decimal", "set"}


def _operands(ctx: AnalysisContext, prefer: str | None = None) -> tuple[list[Node], str] | None:
    """The operand nodes that hold the unexpected type, and that type's name."""
    sf = ctx.crash
    if sf is None:
        return None
    message = ctx.message
    nodes = crash_node_candidates(ctx, sf)
    ops = [
        n
        for n in nodes
        if n.type in ("binary_operator", "comparison_operator", "augmented_assignment")
    ]
    unhashable = _UNHASHABLE.search(message)
    if unhashable:
        # ``table[key]`` / ``key in seen`` / ``{key}`` with a list or dict as the key
        keys: list[Node] = []
        for n in nodes:
            if n.type == "subscript":
                keys.append(n.child_by_field_name("subscript"))  # type: ignore[arg-type]
            elif n.type == "comparison_operator" and " in " in f" {syntax.text_of(n)} ":
                keys.append(n.named_children[0])
            elif n.type == "call" and syntax.call_name(n)[0] in ("add", "get", "pop", "setdefault"):
                keys.extend(syntax.call_arguments(n)[0][:1])
        found = [k for k in keys if k is not None and k.type not in ("string", "integer")]
        return found[:3], unhashable.group(1)
    pair = _PAIR.search(message)
    concat = _CONCAT.search(message)
    if pair:
        left, right = pair.group(1).rsplit(".", 1)[-1], pair.group(2).rsplit(".", 1)[-1]
    elif concat:
        left, right = concat.group(1), concat.group(2)
    elif seq := _SEQUENCE.search(message):
        left, right = "str", seq.group(1)
    else:
        must = next((m for m in (r.search(message) for r in _ARGUMENT_TYPE) if m), None)
        if must is None:
            return None
        calls = [n for n in nodes if n.type == "call"]
        args: list[Node] = []
        named: list[Node] = []
        for call in calls:
            positional, keywords = syntax.call_arguments(call)
            args.extend(positional)
            for keyword, value in keywords.items():
                # ``timedelta(days=x)`` -> "... for timedelta days component: str"
                (named if re.search(rf"\b{re.escape(keyword)}\b", message) else args).append(value)
        literals = ("string", "integer", "float", "true", "false", "none")
        return [a for a in (*named, *args) if a.type not in literals][:3], must.group(1)
    odd: str
    if prefer is not None and prefer in (left, right):
        odd = prefer
    elif "str" in (left, right) and left != right:
        odd = "str"
    elif {left, right} == {"float", "Decimal"}:
        odd = "Decimal"  # first guess: a Decimal mixed into float arithmetic
    elif right not in _BUILTINS and left in _BUILTINS:
        odd = left  # ``int - timedelta``: the builtin is the one out of place
    else:
        odd = right
    out: list[Node] = []
    for op in ops:
        parts = [c for c in op.named_children if c.type != "comment"]
        if op.type == "augmented_assignment":
            parts = [op.child_by_field_name("left"), op.child_by_field_name("right")]  # type: ignore[list-item]
        if len(parts) < 2:
            continue
        if left == odd and parts[0] is not None:
            out.append(parts[0])
        if right == odd and parts[-1] is not None:
            out.append(parts[-1])
    if not out:
        # sum([...]) and friends: the call's argument.
        for n in nodes:
            if n.type == "call" and syntax.call_name(n)[0] in (
                "sum",
                "max",
                "min",
                "sorted",
                "abs",
                "round",
            ):
                out.extend(syntax.call_arguments(n)[0][:1])
    return out, odd


@register(
    "RC104",
    name="operand-type",
    title="An operand has the wrong type (str from env/argv/files)",
    exceptions=("TypeError",),
    messages=(
        r"not supported between instances of",
        r"unsupported operand type",
        r"can only concatenate",
        r"can't multiply sequence by non-int",
        r"must be real number",
        r"unsupported type for",
        r"cannot be interpreted as an integer",
        r"unhashable type",
    ),
)
def operand_type(ctx: AnalysisContext) -> Iterator[Candidate]:
    """TypeError between a number and a str (or other mismatched builtins): finds where the str came from.

    Why it matters: ``'>' not supported between instances of 'float' and 'str'`` fails on
    arithmetic that is right; the value was never converted where it entered the program:
    ``os.getenv("X", 0.5)`` (a float default, but a str when the variable is set), an
    argparse option without ``type=``, a CSV field. The rule traces the operand of the odd
    type back to that entry point.

    Example::

        POLL_INTERVAL = os.getenv("POLL_INTERVAL", 2.5)     # <- origin: no float()
        next_poll = time.monotonic() + POLL_INTERVAL        # float + str fails
    """
    if "NoneType" in ctx.message:
        return
    found = _operands(ctx)
    sf = ctx.crash
    if found is None or sf is None:
        return
    nodes, odd = found
    if odd not in _BUILTINS:
        return
    where = where_for(ctx, sf)
    if where is None:
        return
    tracer = Tracer(ctx, ShapeDetector("", kind="type", type_name=odd))
    if odd == "Decimal" and not any(tracer.trace(n, where) for n in nodes[:3]):
        # or a float mixed into Decimal arithmetic: the other operand is the intruder
        other = _operands(ctx, prefer="float")
        if other is not None:
            nodes, odd = other
            tracer = Tracer(ctx, ShapeDetector("", kind="type", type_name=odd))
    seen: set[tuple[str, int]] = set()
    any_found = False
    for expr in nodes[:3]:
        text = short(syntax.text_of(expr), 50)
        for prod in tracer.trace(expr, where):
            if (prod.file, prod.line) in seen:
                continue
            seen.add((prod.file, prod.line))
            any_found = True
            yield candidate_from_producer(
                ctx,
                prod,
                rule="RC104",
                title=f"{prod.function}() {prod.note}"
                if prod.mechanism == "swapped arguments"
                else f"`{text}` is a {odd}: {prod.note}"
                if len(prod.note) < 90
                else f"`{text}` is a {odd} made in {prod.function}()",
                explanation=f"{sf.qualname}() computes with `{text}`, which is a {odd} here. It comes from {prod.function}() at {prod.file}:{prod.line}: {prod.note}.",
            )
            yield from hop_candidates(ctx, prod, rule="RC104", what=f"`{text}`")
    yield symptom_at(
        ctx,
        sf,
        rule="RC104",
        title=f"computes with a {odd} operand",
        explanation=f"{short(ctx.message, 120)}.",
        fix="Convert the value where it enters the program, not here."
        if any_found
        else f"Convert the {odd} before computing with it.",
        confidence=0.4 if any_found else 0.5,
    )
