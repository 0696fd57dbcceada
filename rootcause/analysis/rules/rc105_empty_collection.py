"""RC105: division by the size of a collection that a filter (or a type mismatch) left empty."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import (
    Detector,
    Producer,
    Step,
    Tracer,
    Where,
    assignments_to,
    models_for,
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
from rootcause.model import Candidate

if TYPE_CHECKING:
    from tree_sitter import Node

_BUILTIN_TYPES = frozenset(
    {"str", "int", "float", "bool", "bytes", "Any", "object", "dict", "list", "Decimal"}
)


class EmptyDetector(Detector):
    """The value is an empty collection: find the filter that kept nothing, and why."""

    name = "empty"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type == "call":
            return self._check_call(tracer, node, where, chain)
        if node.type not in _COMPREHENSIONS:
            return None
        clauses = [c for c in node.named_children if c.type == "if_clause"]
        if not clauses:
            # no filter here: the collection is as empty as what it iterates over
            for clause in node.named_children:
                right = (
                    clause.child_by_field_name("right") if clause.type == "for_in_clause" else None
                )
                if right is not None:
                    tracer.walk_more(right, where, chain)
            return []
        cond = clauses[0].named_children[0] if clauses[0].named_children else clauses[0]
        found = [
            *_type_mismatch_behind(tracer, node, cond, where, chain),
            *_case_fold_behind(tracer, node, cond, where, chain),
        ]
        # what it filters may have been empty already (a filter upstream kept nothing)
        for clause in node.named_children:
            right = clause.child_by_field_name("right") if clause.type == "for_in_clause" else None
            if right is not None and right.type == "identifier":
                tracer.walk_more(right, where, chain)
        if found:
            return found
        crash = tracer.ctx.crash
        # a count filtered in the crashing function itself: guarding the division there is
        # the fix, so the filter ranks below the crash site
        local = crash is not None and (crash.path, crash.qualname) == (where.path, where.function)
        return [
            tracer.producer(
                where,
                node,
                "filter keeps nothing",
                f"keeps only the items where `{short(syntax.text_of(cond), 60)}`: none matched",
                0.35 if local else 0.5,
                chain,
                fix="Handle the empty result, or check why no item matches the condition.",
            )
        ]

    def check_nested(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        """``counts[BASS]`` of ``counts = Counter(...)``: an entry is missing (zero) when the
        collection counted is empty, so the collection is what is traced, whole."""
        if node.type not in ("call", *_COMPREHENSIONS):
            return super().check_nested(tracer, node, where, chain)
        saved, tracer.path = tracer.path, ()
        try:
            return self.check(tracer, node, where, chain)
        finally:
            tracer.path = saved

    def _check_call(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        name, _receiver = syntax.call_name(node)
        positional, _kw = syntax.call_arguments(node)
        if name in _WRAPPERS and positional:
            tracer.walk_more(positional[0], where, chain)  # Counter(...), list(...), len(...)
            return []
        function = node.child_by_field_name("function")
        if name in _VIEWS and function is not None and function.type == "attribute":
            obj = function.child_by_field_name("object")  # counts.values(): counts
            if obj is not None:
                tracer.walk_more(obj, where, chain)
                return []
        if name in _QUERY_RUNS and positional:
            found = list(_filter_mismatch(tracer, positional[0], where, chain))
            return found or None
        return None


_COMPREHENSIONS = ("list_comprehension", "generator_expression", "set_comprehension")
#: Calls whose result is empty exactly when their first argument is.
_WRAPPERS = frozenset({"Counter", "list", "sorted", "set", "tuple", "len", "sum", "dict"})
#: Calls that fail on an empty collection.
_NEEDS_DATA = frozenset(
    {"median", "mean", "fmean", "mode", "stdev", "variance", "quantiles", "max", "min",
     "median_low", "median_high", "harmonic_mean", "geometric_mean"}
)  # fmt: skip
#: Methods whose result is empty exactly when their receiver is.
_VIEWS = frozenset({"values", "keys", "items", "copy"})
#: Calls that run a query statement (SQLAlchemy / SQLModel sessions).
_QUERY_RUNS = frozenset({"scalars", "execute", "exec", "scalar", "all"})


def _filter_mismatch(
    tracer: Tracer, stmt: Node, where: Where, chain: tuple[Step, ...]
) -> Iterator[Producer]:
    """``.where(Loan.member_id == book_id)``: a column compared with a parameter named
    after another column of the same model, which that model has: the filter (likely
    copied from a neighbour) matches no row."""
    if where.func is None:
        return
    query = stmt
    if stmt.type == "identifier":
        found = assignments_to(where.func.node, syntax.text_of(stmt), syntax.line_of(stmt), stmt)
        if not found:
            return
        query = found[0][1]
    params = {p.name for p in syntax.parameters_of(where.func.node)}
    models = models_for(tracer.ctx)
    for cmp in syntax.walk(query):
        if cmp.type != "comparison_operator" or "==" not in syntax.text_of(cmp):
            continue
        sides = [c for c in cmp.named_children if c.type != "comment"]
        if len(sides) != 2:
            continue
        column, value = sides
        if column.type != "attribute" or value.type != "identifier":
            column, value = value, column
        name = syntax.text_of(value)
        if column.type != "attribute" or value.type != "identifier" or name not in params:
            continue
        attr = syntax.text_of(column.child_by_field_name("attribute"))
        owner = syntax.text_of(column.child_by_field_name("object"))
        if attr == name or not attr.endswith("_id") or not name.endswith("_id"):
            continue
        cls = tracer.code.resolve_name(owner, where.path)
        if not isinstance(cls, ClassRef) or models.declaration(cls, name) is None:
            continue
        yield tracer.producer(
            where,
            cmp,
            "wrong filter",
            f"filters `{short(syntax.text_of(cmp), 60)}`: the parameter `{name}` is compared with "
            f"`{owner}.{attr}`, though {owner} has a `{name}` column, so no row matches",
            0.84,
            chain,
            fix=f"Compare `{owner}.{name} == {name}`.",
        )


def _type_mismatch_behind(
    tracer: Tracer, comp: Node, cond: Node, where: Where, chain: tuple[Step, ...]
) -> Iterator[Producer]:
    """``t.status == Status.DONE`` never true because ``status`` was built from a raw str."""
    var_types: dict[str, ClassRef] = {}
    for clause in comp.named_children:
        if clause.type != "for_in_clause":
            continue
        left = clause.child_by_field_name("left")
        right = clause.child_by_field_name("right")
        if left is None or right is None or left.type != "identifier":
            continue
        cls = _element_class(tracer, right, where)
        if cls is not None:
            var_types[syntax.text_of(left)] = cls
    models = models_for(tracer.ctx)
    for node in syntax.walk(cond):
        if node.type != "attribute":
            continue
        obj = node.child_by_field_name("object")
        attr = syntax.text_of(node.child_by_field_name("attribute"))
        cls = var_types.get(syntax.text_of(obj))
        if cls is None:
            continue
        decl = models.declaration(cls, attr)
        if decl is None or ":" not in decl.text:
            continue
        annotation = decl.text.split(":", 1)[1].split("=", 1)[0].strip()
        if annotation.split("[")[0].split("|")[0].strip() in _BUILTIN_TYPES:
            continue
        for site in tracer.code.calls_named(cls.name, limit=12)[:6]:
            _pos, keywords = syntax.call_arguments(site.call)
            value = keywords.get(attr)
            if value is None:
                continue
            raw = value.type == "subscript" or (
                value.type == "call" and syntax.call_name(value)[0] == "get"
            )
            if not raw:
                continue
            caller = site.caller.qualname if site.caller is not None else "<module>"
            note = f"builds {cls.name}({attr}=`{short(syntax.text_of(value), 40)}`), a raw value, though {cls.name}.{attr} is declared `{annotation}`: `{short(syntax.text_of(cond), 50)}` is never true"
            yield Producer(
                site.path,
                syntax.line_of(value),
                syntax.line_of(value),
                caller,
                "field type mismatch",
                note,
                0.8,
                (
                    *chain,
                    Step(
                        decl.path,
                        decl.line,
                        f"{cls.name}.{attr} is declared `{short(decl.text, 50)}`",
                        cls.name,
                    ),
                ),
                fix=f"Convert it when building {cls.name}: `{annotation}({short(syntax.text_of(value), 30)})`.",
            )


def _string_constant(tracer: Tracer, name: str) -> str | None:
    """The value of a module-level ``NAME = "text"`` constant somewhere in the repo."""
    pattern = re.compile(rf"""(?m)^{re.escape(name)}\s*(?::[^=]+)?=\s*["']([^"']*)["']""")
    for path in tracer.code.files_matching(pattern)[:3]:
        match = pattern.search(tracer.code.workspace.read_text(path) or "")
        if match:
            return match.group(1)
    return None


def _case_fold_behind(
    tracer: Tracer, comp: Node, cond: Node, where: Where, chain: tuple[Step, ...]
) -> Iterator[Producer]:
    """``e.kind == KIND_PRIMARY`` ("PRIMARY") never true because every record is built
    with ``kind=raw.strip().lower()``: the stored values are folded the other way."""
    for cmp in syntax.walk(cond):
        if cmp.type != "comparison_operator" or "==" not in syntax.text_of(cmp):
            continue
        sides = [c for c in cmp.named_children if c.type != "comment"]
        if len(sides) != 2:
            continue
        field, const = sides if sides[0].type == "attribute" else sides[::-1]
        if field.type != "attribute":
            continue
        value = (
            string_value(const)
            if const.type == "string"
            else _string_constant(tracer, syntax.text_of(const))
            if const.type == "identifier"
            else None
        )
        if not value or not any(ch.isalpha() for ch in value):
            continue
        attr = syntax.text_of(field.child_by_field_name("attribute"))
        keyword = re.compile(rf"\b{re.escape(attr)}\s*=[^=]")
        for path in tracer.code.files_matching(keyword)[:12]:
            src = tracer.code.source(path)
            for call in syntax.walk(src.root) if src is not None else ():
                if call.type != "call":
                    continue
                built = syntax.call_arguments(call)[1].get(attr)
                text = syntax.text_of(built) if built is not None else ""
                fold = "lower" if ".lower()" in text else "upper" if ".upper()" in text else None
                if built is None or fold is None or getattr(value, fold)() == value:
                    continue
                fn = syntax.enclosing_function(call)
                yield Producer(
                    path,
                    syntax.line_of(built),
                    syntax.line_of(built),
                    syntax.qualname_of(fn) if fn is not None else "<module>",
                    "case mismatch",
                    f"stores `{attr}` as `{short(text, 50)}` ({fold}-cased), but the filter "
                    f"`{short(syntax.text_of(cmp), 50)}` compares it with {value!r}: it is never true",
                    0.82,
                    chain,
                    fix=f"Fold the same way on both sides (store {attr} as the constants spell it).",
                )
                return


def _element_class(tracer: Tracer, iterable: Node, where: Where) -> ClassRef | None:
    """The repo class of the items of ``iterable`` (from annotations such as ``Sequence[Crate]``)."""
    if iterable.type == "identifier" and where.func is not None:
        for param in syntax.parameters_of(where.func.node):
            if param.name == syntax.text_of(iterable):
                return tracer.code.class_for_annotation(param.annotation, where.path)
    return None


@register(
    "RC105",
    name="empty-collection",
    title="Division by the size of a collection a filter left empty",
    exceptions=("ZeroDivisionError", "StatisticsError"),
    messages=(r"arg is an empty (?:sequence|iterable)", r"empty data", r"at least one data point"),
)
def empty_collection(ctx: AnalysisContext) -> Iterator[Candidate]:
    """ZeroDivisionError on ``x / len(items)``: finds the filter that left ``items`` empty, and why.

    Why it matters: dividing by a count is right until the count is zero. Often the
    collection is empty because a filter upstream never matches, for instance an enum
    comparison on a field that was filled with the raw string (``Crate(status=raw["status"])``
    while ``status`` is declared ``Status``). The rule traces the divisor's collection back
    to the comprehension that filtered it and checks how the filtered field was built.

    Example::

        def shipped(crates: list[Crate]) -> list[Crate]:
            return [c for c in crates if c.status is Status.SHIPPED]
        Crate(status=raw["status"])            # <- origin: never a Status member
        total / len(shipped(crates))           # ZeroDivisionError
    """
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
    divisors: list[Node] = []
    for node in crash_node_candidates(ctx, sf):
        if node.type in ("binary_operator", "augmented_assignment"):
            operator = syntax.text_of(node.child_by_field_name("operator"))
            if operator.strip("=") in ("/", "//", "%"):
                right = node.child_by_field_name("right")
                if right is not None:
                    divisors.append(right)
    divides = bool(divisors)
    if not divisors:
        # ``statistics.median(xs)`` / ``max(xs)`` on an empty collection: its argument
        for node in crash_node_candidates(ctx, sf):
            if node.type == "call" and syntax.call_name(node)[0] in _NEEDS_DATA:
                divisors.extend(syntax.call_arguments(node)[0][:1])
    tracer = Tracer(ctx, EmptyDetector())
    found = False
    for divisor in divisors[:2]:
        target = divisor
        if divisor.type == "call" and syntax.call_name(divisor)[0] == "len":
            args, _kw = syntax.call_arguments(divisor)
            if not args:
                continue
            target = args[0]
        for prod in tracer.trace(target, where):
            found = True
            yield candidate_from_producer(
                ctx,
                prod,
                rule="RC105",
                title=f"{prod.function}(): {prod.note}"
                if len(prod.note) < 80
                else f"{prod.mechanism} in {prod.function}()",
                explanation=f"{sf.qualname}() needs data from `{short(syntax.text_of(divisor), 40)}`, which is empty (or zero) because {prod.note}.",
            )
    yield symptom_at(
        ctx,
        sf,
        rule="RC105",
        title="divides by a count that can be zero"
        if divides
        else "needs data from a collection that can be empty",
        explanation=f"{sf.qualname}() "
        + ("divides" if divides else "computes a statistic")
        + " without handling an empty collection.",
        fix="Guard the division (return 0 / None for an empty collection)."
        if divides
        else "Handle the empty collection (return None, or skip the statistic).",
        confidence=0.4 if found else 0.5,
    )
