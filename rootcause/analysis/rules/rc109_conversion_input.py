"""RC109: a conversion (``int()``, ``float()``, ``fromisoformat``, an Enum) got a value it cannot parse."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import (
    Detector,
    Producer,
    Step,
    Tracer,
    Where,
    string_value,
)
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    candidate_from_producer,
    crash_node_candidates,
    crash_where,
    short,
    symptom_at,
)

if TYPE_CHECKING:
    from tree_sitter import Node

    from rootcause.model import Candidate

#: (message pattern, names of the converting calls it comes from).
_CONVERSIONS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (
        re.compile(r"invalid literal for int\(\) with base \d+: (?P<value>.+)$", re.M),
        frozenset({"int"}),
    ),
    (re.compile(r"could not convert string to float: (?P<value>.+)$", re.M), frozenset({"float"})),
    (re.compile(r"Invalid isoformat string: (?P<value>.+)$", re.M), frozenset({"fromisoformat"})),
    (re.compile(r"^(?P<value>.+) is not a valid (?P<enum>[\w.]+)$", re.M), frozenset()),
    (re.compile(r"\[<class 'decimal.ConversionSyntax'>\]"), frozenset({"Decimal"})),
)
#: Calls a value passes through unchanged for the purpose of its text.
_TEXT_PASSTHROUGH = frozenset({"strip", "lower", "upper", "rstrip", "lstrip", "str", "replace"})


def literal_text(text: str) -> str | None:
    """The str a printed literal stands for (``'archive'`` -> archive), else None."""
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


class ValueSource(Detector):
    """Where the unparsable text came from; a literal equal to it is the strongest lead."""

    name = "value-source"

    def __init__(self, bad: str | None) -> None:
        self.bad = bad

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type == "string":
            value = string_value(node)
            if self.bad is not None and value == self.bad:
                return [
                    tracer.producer(
                        where,
                        node,
                        "literal",
                        f"writes the literal {short(syntax.text_of(node), 40)}, the value that fails to convert",
                        0.82,
                        chain,
                        fix="Use a value the conversion accepts here (or convert it where it is produced).",
                    )
                ]
            return []
        if node.type == "call":
            name, receiver = syntax.call_name(node)
            positional, keywords = syntax.call_arguments(node)
            if (name == "getenv" and receiver in ("os", None)) or (
                name == "get" and receiver in ("os.environ", "environ")
            ):
                key = short(syntax.text_of(positional[0]), 30) if positional else "?"
                default = positional[1] if len(positional) > 1 else keywords.get("default")
                if (
                    default is not None
                    and default.type == "string"
                    and self.bad is not None
                    and string_value(default) == self.bad
                ):
                    return [
                        tracer.producer(
                            where,
                            default,
                            "env default",
                            f"defaults {key} to {syntax.text_of(default)}, which the conversion rejects",
                            0.85,
                            chain,
                            fix="Give a default the conversion accepts (or convert it here).",
                        )
                    ]
                return [
                    tracer.producer(
                        where,
                        node,
                        "environment",
                        f"reads {key} from the environment as text",
                        0.55,
                        chain,
                        fix=f"Validate {key} where it is read (fail fast with a clear message).",
                    )
                ]
            if name in _TEXT_PASSTHROUGH and not any(
                isinstance(t, FuncRef) for t in tracer.resolve_call(node, where)
            ):
                func = node.child_by_field_name("function")
                inner = (
                    positional[0]
                    if positional and receiver is None
                    else (
                        func.child_by_field_name("object")
                        if func is not None and func.type == "attribute"
                        else None
                    )
                )
                if inner is not None:
                    tracer.walk_more(inner, where, chain)
                return []
        return None


def _converted(ctx: AnalysisContext, names: frozenset[str], enum: str | None) -> list[Node]:
    sf = ctx.crash
    if sf is None:
        return []
    out: list[Node] = []
    for node in crash_node_candidates(ctx, sf):
        if node.type != "call":
            continue
        name, _receiver = syntax.call_name(node)
        wanted = name in names or (enum is not None and name == enum.rsplit(".", 1)[-1])
        if not wanted:
            continue
        positional, _kw = syntax.call_arguments(node)
        if positional:
            out.append(positional[0])
    return out[:2]


@register(
    "RC109",
    name="conversion-input",
    title="A conversion got a value it cannot parse: where the value was written",
    exceptions=("ValueError", "InvalidOperation"),
    messages=(
        r"invalid literal for int\(\)",
        r"could not convert string to float",
        r"Invalid isoformat string",
        r"is not a valid \w+",
    ),
)
def conversion_input(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``int('n/a')``, ``float('')``, ``date.fromisoformat('03/06')``, ``Status('gone')``: finds the value's source.

    Why it matters: the conversion is usually right; the text it got was produced
    elsewhere: an environment variable's default, a placeholder literal written by another
    function, a field read from a file. The rule traces the converted argument back
    (through ``strip()``/``lower()``, variables, parameters, returns and dict entries) and
    ranks first a literal in the code equal to the rejected value.

    Example::

        TIMEOUT = os.getenv("TIMEOUT", "default")    # <- origin: int("default") fails
        ...
        timeout = int(TIMEOUT)                        # ValueError: invalid literal for int()
    """
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
    for pattern, names in _CONVERSIONS:
        match = pattern.search(ctx.message)
        if match is None:
            continue
        groups = match.groupdict()
        bad = literal_text(groups["value"]) if groups.get("value") else None
        args = _converted(ctx, names, groups.get("enum"))
        if not args:
            return
        tracer = Tracer(ctx, ValueSource(bad))
        producers: list[Producer] = []
        for arg in args:
            producers.extend(tracer.trace(arg, where))
        for prod in sorted(producers, key=lambda p: -p.confidence)[:4]:
            yield candidate_from_producer(
                ctx,
                prod,
                rule="RC109",
                title=f"{prod.function}() {prod.note}",
                explanation=f"{sf.qualname}() fails to convert {short(groups.get('value') or 'the value', 40)}: {prod.function}() at {prod.file}:{prod.line} {prod.note}.",
            )
        if producers:
            yield symptom_at(
                ctx,
                sf,
                rule="RC109",
                title="converts a value without validating it",
                explanation=f"{short(ctx.message, 120)}.",
                fix="Validate the text where it enters the program.",
                confidence=0.4,
            )
        return
