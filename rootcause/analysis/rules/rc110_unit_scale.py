"""RC110: a number is out of range because a producer scaled it to another unit (ms vs s)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import Detector, Producer, Step, Tracer, Where
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    candidate_from_producer,
    crash_node_candidates,
    crash_where,
    hop_candidates,
    short,
    symptom_at,
)

if TYPE_CHECKING:
    from tree_sitter import Node

    from rootcause.model import Candidate

#: Factors that convert between units of time or size (s <-> ms/us/ns, min, h, day, KiB...).
_FACTORS = frozenset(
    {
        "1000",
        "1_000",
        "1e3",
        "1000.0",
        "1000000",
        "1_000_000",
        "1e6",
        "1e9",
        "1_000_000_000",
        "60",
        "3600",
        "86400",
        "1024",
        "1048576",
    }
)
#: Library calls whose result is already in a sub-second unit.
_NS_CALLS = frozenset({"time_ns", "monotonic_ns", "perf_counter_ns"})
_CONVERTERS = frozenset({"int", "float", "round", "floor", "ceil", "Decimal", "abs", "quantize"})


def _scaling(node: Node) -> Node | None:
    """The ``x * 1000`` / ``x / 1e3`` (or ``time_ns()``) inside ``node``, if any."""
    for sub in syntax.walk(node, into_functions=False):
        if sub.type == "binary_operator":
            op = syntax.text_of(sub.child_by_field_name("operator"))
            if op not in ("*", "/", "//"):
                continue
            sides = [sub.child_by_field_name("left"), sub.child_by_field_name("right")]
            if any(s is not None and syntax.text_of(s) in _FACTORS for s in sides):
                return sub
        elif sub.type == "call" and syntax.call_name(sub)[0] in _NS_CALLS:
            return sub
    return None


class UnitScale(Detector):
    """The traced number is made by an expression that multiplies or divides by a unit factor."""

    name = "unit-scale"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        named = (
            _unit_named(node)
            if node.type in ("subscript", "attribute", "call", "binary_operator")
            else None
        )
        if named is not None:
            part, unit = named
            return [
                tracer.producer(
                    where,
                    part,
                    "unit in the name",
                    f"`{short(syntax.text_of(part), 60)}` is in {unit} (its name says so) and is "
                    "passed on unconverted where the code expects another unit",
                    0.78,
                    chain,
                    fix=f"Convert it where it is read (divide {unit} by {_PER_BASE[unit]} for "
                    f"{_BASE[unit]}).",
                )
            ]
        if node.type == "binary_operator" or (
            node.type == "call" and syntax.call_name(node)[0] in _CONVERTERS
        ):
            found = _scaling(node)
            if found is None:
                if node.type == "call" and syntax.call_name(node)[0] == "int":
                    return None
                # not scaled here: the number comes from what is computed or converted
                for part in _operands(node):
                    tracer.walk_more(part, where, chain)
                return []
            return [
                tracer.producer(
                    where,
                    found,
                    "unit scaling",
                    f"`{short(syntax.text_of(found), 60)}` changes the unit of the value "
                    f"(x{short(_factor(found), 12)}), so it reaches the caller in another unit "
                    "than the one it expects",
                    0.78,
                    chain,
                    fix="Return the unit the callers expect (or rename the value after its unit "
                    "and convert where it is consumed).",
                )
            ]
        return None


#: A name's unit suffix (``sent_ms``, ``durationMillis``, ``ts_ns``) -> the unit.
_UNIT_SUFFIX = re.compile(
    r"(?:(?:^|_)(?P<snake>ms|millis|msec|micros|us|usec|ns|nanos|cents|pence)"
    r"|(?<=[a-z])(?P<camel>Ms|MS|Millis|Msec|Micros|Us|Usec|Ns|Nanos|Cents|Pence))$"
)
_UNITS = {"ms": "milliseconds", "millis": "milliseconds", "msec": "milliseconds",
          "micros": "microseconds", "us": "microseconds", "usec": "microseconds",
          "ns": "nanoseconds", "nanos": "nanoseconds", "cents": "cents", "pence": "pence"}  # fmt: skip
_PER_BASE = {"milliseconds": "1000", "microseconds": "1e6", "nanoseconds": "1e9",
             "cents": "100", "pence": "100"}  # fmt: skip
_BASE = {"milliseconds": "seconds", "microseconds": "seconds", "nanoseconds": "seconds",
         "cents": "the currency unit", "pence": "pounds"}  # fmt: skip


_HUNDREDTHS = re.compile(r"/\s*100(?:\.0*)?\b|\*\s*0?\.01\b|Decimal\(\s*['\"]0?\.01['\"]\s*\)")


def _operands(node: Node) -> list[Node]:
    """What a product or conversion is computed from: operands, arguments, a method's receiver."""
    if node.type == "binary_operator":
        return [
            p for p in (node.child_by_field_name("left"), node.child_by_field_name("right")) if p
        ]
    positional, _kw = syntax.call_arguments(node)
    function = node.child_by_field_name("function")
    receiver = (
        function.child_by_field_name("object")
        if function is not None and function.type == "attribute"
        else None
    )
    return [*positional[:1], *([receiver] if receiver is not None else [])]


def _unit_named(node: Node) -> tuple[Node, str] | None:
    """A key, attribute or name in ``node`` whose suffix names a sub-second unit, read as
    is (``int(row["sent_ms"])``, ``event.duration_ms``): (that part, the unit)."""
    if node.type == "call" and syntax.call_name(node)[0] not in _CONVERTERS:
        return None
    if _scaling(node) is not None:
        return None  # converted right here
    for sub in syntax.walk(node, into_functions=False):
        name = ""
        if sub.type == "subscript":
            key = sub.child_by_field_name("subscript")
            if key is not None and key.type == "string":
                name = syntax.text_of(key).strip("\"'")
        elif sub.type == "attribute":
            name = syntax.text_of(sub.child_by_field_name("attribute"))
        match = _UNIT_SUFFIX.search(name) if name else None
        if match:
            unit = _UNITS[(match.group("snake") or match.group("camel")).lower()]
            if unit in ("cents", "pence") and _HUNDREDTHS.search(syntax.text_of(node)):
                return None  # ``price_cents / 100``: converted here
            return sub, unit
    return None


def _factor(node: Node) -> str:
    for side in ("right", "left"):
        part = node.child_by_field_name(side)
        if part is not None and syntax.text_of(part) in _FACTORS:
            return syntax.text_of(part)
    return syntax.call_name(node)[0] or "?"


@register(
    "RC110",
    name="unit-scale",
    title="A number in the wrong unit (ms vs s) is out of range",
    exceptions=("OverflowError",),
    messages=(
        r"\bout of range\b",
        r"too large",
        r"must have magnitude",
        r"greater than maximum",
        r"Value too large",
        r"should be (?:less|greater) than",  # pydantic: a number outside a field's bounds
    ),
)
def unit_scale(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A value out of range for a time/size API, traced to a producer that scaled it by a unit factor.

    Why it matters: ``ValueError: year 51234 is out of range`` from
    ``datetime.fromtimestamp`` or an ``OverflowError`` from ``timedelta`` means the number is
    about a thousand times too large: it is in milliseconds (or microseconds) where seconds
    are expected. The code at the crash is right; the function that produced the number
    multiplied (or divided) by 1000, 60, 3600... The rule traces the numeric arguments of
    the crashing call back through parameters and returns to such a scaling expression.

    Example::

        def stamp(moment: datetime) -> int:
            return int(moment.timestamp() * 1000)      # <- origin: milliseconds

        datetime.fromtimestamp(stamp(now))             # ValueError: year ... is out of range
    """
    if ctx.exc_type == "IndexError" or "index out of range" in ctx.message:
        return
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
    args: list[Node] = []
    for node in crash_node_candidates(ctx, sf):
        if node.type == "call":
            positional, keywords = syntax.call_arguments(node)
            args.extend(
                a
                for a in (*positional, *keywords.values())
                if a.type in ("identifier", "attribute", "call", "binary_operator", "subscript")
            )
    tracer = Tracer(ctx, UnitScale())
    seen: set[tuple[str, int]] = set()
    found = False
    for arg in args[:4]:
        for prod in tracer.trace(arg, where):
            if (prod.file, prod.line) in seen:
                continue
            seen.add((prod.file, prod.line))
            found = True
            text = short(syntax.text_of(arg), 40)
            yield candidate_from_producer(
                ctx,
                prod,
                rule="RC110",
                title=f"`{text}` is in another unit: {prod.function}() "
                + ("reads it unconverted" if prod.mechanism == "unit in the name" else "scales it"),
                explanation=(
                    f"{sf.qualname}() passes `{text}` to a call that rejects it as out of range "
                    f"({short(ctx.message, 80)}). The number comes from {prod.function}() at "
                    f"{prod.file}:{prod.line}: {prod.note}."
                ),
            )
            yield from hop_candidates(ctx, prod, rule="RC110", what=f"`{text}`")
    if found:
        yield symptom_at(
            ctx,
            sf,
            rule="RC110",
            title="receives a number in the wrong unit",
            explanation=f"{short(ctx.message, 120)}: the value is scaled upstream.",
            fix="Convert the unit where the number is produced.",
            confidence=0.35,
        )
