"""RC101: a value is None at the crash; trace where the None came from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext, StackFrame
from rootcause.analysis.origin import (
    Detector,
    NoneDetector,
    Producer,
    Step,
    Tracer,
    Where,
    assignments_to,
    string_value,
    where_in,
)
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    attribute_receivers,
    candidate_from_producer,
    contributions,
    crash_node_candidates,
    crash_where,
    hop_candidates,
    message_attribute,
    none_operands,
    short,
    symptom_at,
)
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_NONE_HINTS = ("'NoneType'", "NoneType", "input_value=None", "got None", "None is not")


def _failing_expressions(ctx: AnalysisContext, sf: StackFrame) -> list[Node]:
    message = ctx.message
    if ctx.exc_type.rsplit(".", 1)[-1] == "KeyError" and message.strip() == "None":
        # ``TABLE[x]`` with x None: the keys looked up at the crash
        return [
            key
            for node in crash_node_candidates(ctx, sf)
            if node.type == "subscript"
            and (key := node.child_by_field_name("subscript")) is not None
            and key.type not in ("string", "integer")
        ]
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
    messages=(r"'NoneType' object", r"NoneType", r"input_value=None", r"^None$"),
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

        # accounts.py
        async def find_member(self, handle):
            stmt = select(Patron).where(Patron.handle == handle, Patron.plan_id.is_not(None))
            return (await self.session.execute(stmt)).scalar_one_or_none()   # <- origin

        # invoices.py
        plan = patron.plan_id                     # AttributeError: 'NoneType' object ...
    """
    message = ctx.message
    none_key = ctx.exc_type.rsplit(".", 1)[-1] == "KeyError" and message.strip() == "None"
    if not none_key and not any(hint in message for hint in _NONE_HINTS):
        return
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
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
    writers: list[Candidate] = []
    for i, (prod, text) in enumerate(producers):
        found = [
            *_unpersisted_writers(ctx, prod),
            *_key_never_matches(ctx, prod),
            *_index_keyed_otherwise(ctx, prod),
        ]
        if found:
            writers.extend(found)
            # The lookup is right: the row is not there. Who should have stored it is the lead.
            producers[i] = (replace(prod, confidence=min(prod.confidence, 0.6)), text)
    yield from writers
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


#: An ORM lookup by model class: ``session.get(Model, id)``, ``select(Model)``, ``query(Model)``.
_LOOKUP_CLASS = re.compile(r"\b(?:get|get_one|select|query)\(\s*([A-Z]\w*)\s*[,)]")
_PERSISTS = re.compile(r"\.(?:commit|begin|begin_nested)\(|\bcommit\(")


def _unpersisted_writers(ctx: AnalysisContext, prod: Producer) -> Iterator[Candidate]:
    """A lookup found no row: the functions that create that model's rows and ``add`` them to
    a session, but never commit (nor do their callers), so the row is rolled back when the
    session closes and later requests do not see it."""
    src = ctx.code.source(prod.file)
    if src is None or "None" not in prod.note:
        return
    text = " ".join(src.line(n) for n in range(prod.line, max(prod.line, prod.end_line) + 1))
    match = _LOOKUP_CLASS.search(text)
    if match is None or not ctx.code.classes_named(match.group(1)):
        return
    model = match.group(1)
    if not ctx.code.files_calling("commit"):
        return  # the code base never commits explicitly: no convention to break
    seen: set[tuple[str, str]] = set()
    for site in ctx.code.calls_named(model, limit=12):
        writer = site.caller
        if writer is None or (writer.path, writer.qualname) in seen:
            continue
        seen.add((writer.path, writer.qualname))
        body = syntax.text_of(writer.node)
        adds = [
            n
            for n in syntax.walk(writer.node, into_functions=False)
            if n.type == "call"
            and syntax.call_name(n)[0] in ("add", "add_all", "merge")
            and syntax.call_name(n)[1] is not None
        ]
        if not adds or _PERSISTS.search(body):
            continue
        callers = ctx.code.callers(writer, limit=8)
        if any(
            c.caller is not None and _PERSISTS.search(syntax.text_of(c.caller.node))
            for c in callers
        ):
            continue
        flush = next(
            (
                n
                for n in syntax.walk(writer.node, into_functions=False)
                if n.type == "call" and syntax.call_name(n)[0] == "flush"
            ),
            None,
        )
        at = flush if flush is not None else adds[0]
        line = syntax.line_of(at)
        note = (
            f"{writer.qualname}() creates {model} rows and adds them to the session"
            + (" and only flushes" if flush is not None else "")
            + ", but neither it nor its callers commit: the insert is rolled back when the "
            "session closes, so a later lookup finds no row"
        )
        yield Candidate(
            file=writer.path,
            line=line,
            end_line=line,
            function=writer.qualname,
            rule="RC101",
            title=f"{writer.qualname}() never commits the {model} it creates",
            explanation=f"{prod.function}() returns None because the row is missing. {note}.",
            evidence=(
                Evidence(prod.file, prod.line, prod.note),
                Evidence(
                    writer.path, syntax.line_of(adds[0]), f"adds the new {model} to the session"
                ),
                Evidence(writer.path, line, note),
            ),
            fix="Commit the unit of work (session.commit()) after adding the row, or commit in "
            "the session dependency when the request succeeds.",
            kind=CandidateKind.ORIGIN,
            confidence=0.84,
        )


_CASE_FOLDS = ("upper", "lower", "casefold", "title", "capitalize")


def _stored_values(ctx: AnalysisContext, path: str, collection: Node, attr: str) -> list[str]:
    """String literals stored as ``attr`` in the elements of a module-level collection literal
    (``Cls("a", ...)`` positionally or by keyword, or ``{"attr": "a"}``)."""
    src = ctx.code.source(path)
    if src is None or collection.type != "identifier":
        return []
    found = assignments_to(src.root, syntax.text_of(collection), 10**9, None, module_level=True)
    if not found:
        return []
    values: list[str] = []
    for node in syntax.walk(found[0][1]):
        value: Node | None = None
        if node.type == "call":
            positional, keywords = syntax.call_arguments(node)
            value = keywords.get(attr)
            if value is None:
                classes = ctx.code.classes_named(syntax.call_name(node)[0])
                fields = (
                    Tracer(ctx, NoneDetector()).models.init_fields(classes[0]) if classes else []
                )
                if attr in fields and fields.index(attr) < len(positional):
                    value = positional[fields.index(attr)]
        elif node.type == "pair":
            key = node.child_by_field_name("key")
            if key is not None and key.type == "string" and string_value(key) == attr:
                value = node.child_by_field_name("value")
        if value is not None and value.type == "string":
            values.append(string_value(value))
    return values


class _DictBuilder(Detector):
    """Stops at the comprehension that builds a mapping (``{a.name: a for a in rows}``)."""

    name = "dict-builder"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type != "dictionary_comprehension":
            return None
        return [tracer.producer(where, node, "index", "builds the mapping", 0.8, chain)]


def _attribute_key(node: Node | None) -> tuple[str, str] | None:
    """(object, attribute) of a key written ``obj.attr``."""
    if node is None or node.type != "attribute":
        return None
    obj = node.child_by_field_name("object")
    attr = node.child_by_field_name("attribute")
    if obj is None or attr is None or obj.type != "identifier":
        return None
    return syntax.text_of(obj), syntax.text_of(attr)


def _index_keyed_otherwise(ctx: AnalysisContext, prod: Producer) -> Iterator[Candidate]:
    """``index.get(line.product_id)`` misses because the index was built elsewhere keyed by
    another attribute of the same records: ``{p.sku: p for p in products}`` while the
    records also carry ``product_id``: every lookup returns None."""
    src = ctx.code.source(prod.file)
    func = ctx.code.function_at(prod.file, prod.line)
    if src is None or func is None:
        return
    call = next(
        (
            n
            for n in syntax.nodes_on_line(src.root, prod.line)
            if n.type == "call" and syntax.call_name(n)[0] == "get"
        ),
        None,
    )
    if call is None:
        return
    positional, _kw = syntax.call_arguments(call)
    looked_up = _attribute_key(positional[0] if positional else None)
    function = call.child_by_field_name("function")
    mapping = function.child_by_field_name("object") if function is not None else None
    if looked_up is None or mapping is None:
        return
    tracer = Tracer(ctx, _DictBuilder(), max_depth=5)
    for built in tracer.trace(mapping, where_in(ctx, func))[:2]:
        bsrc = ctx.code.source(built.file)
        node = next(
            (
                n
                for n in (syntax.nodes_on_line(bsrc.root, built.line) if bsrc else [])
                if n.type == "dictionary_comprehension"
            ),
            None,
        )
        body = node.child_by_field_name("body") if node is not None else None
        key = _attribute_key(body.child_by_field_name("key") if body is not None else None)
        if node is None or key is None or key[1] == looked_up[1]:
            continue
        records = sorted(
            {c.class_name for c in tracer.models.columns_named(key[1])}
            & {c.class_name for c in tracer.models.columns_named(looked_up[1])}
        )
        kept = f"{key[0]}.{key[1]}"
        wanted = f"{looked_up[0]}.{looked_up[1]}"
        note = (
            f"`{short(syntax.text_of(node), 60)}` keys the mapping by `{kept}`, but "
            f"{prod.function}() looks it up by `{wanted}`"
        )
        if records:
            note += f" ({records[0]} has both `{key[1]}` and `{looked_up[1]}`)"
        yield Candidate(
            file=built.file,
            line=built.line,
            end_line=built.line,
            function=built.function,
            rule="RC101",
            title=f"the mapping is keyed by `{kept}` but looked up by `{wanted}`",
            explanation=f"{prod.function}() gets None for every record: {note}.",
            evidence=(
                Evidence(built.file, built.line, note),
                *(Evidence(s.file, s.line, s.note) for s in built.chain[-2:]),
                Evidence(prod.file, prod.line, prod.note),
            ),
            fix=f"Key the mapping by `{key[0]}.{looked_up[1]}` (or look it up by the same attribute).",
            kind=CandidateKind.ORIGIN,
            confidence=0.84 if records else 0.7,
        )
        return


def _key_never_matches(ctx: AnalysisContext, prod: Producer) -> Iterator[Candidate]:
    """The None comes from a search loop whose key is case-folded one way while the stored
    values are written the other way: ``wanted = code.upper()`` against lowercase codes, so
    the comparison can never be true and the function always falls through to None."""
    func = ctx.code.function_at(prod.file, prod.line)
    if func is None or func.qualname != prod.function:
        return
    for loop in syntax.walk(func.node, into_functions=False):
        if loop.type != "for_statement":
            continue
        var = syntax.text_of(loop.child_by_field_name("left"))
        collection = loop.child_by_field_name("right")
        if collection is None:
            continue
        for cmp in syntax.walk(loop, into_functions=False):
            if cmp.type != "comparison_operator" or "==" not in syntax.text_of(cmp):
                continue
            sides = [c for c in cmp.named_children if c.type != "comment"]
            if len(sides) != 2:
                continue
            item = next(
                (
                    x
                    for x in sides
                    if x.type == "attribute"
                    and syntax.text_of(x.child_by_field_name("object")) == var
                ),
                None,
            )
            key = next((x for x in sides if x is not item and x.type == "identifier"), None)
            if item is None or key is None:
                continue
            assigned = assignments_to(func.node, syntax.text_of(key), syntax.line_of(cmp), cmp)
            if not assigned:
                continue
            target, value, _how = assigned[0]
            folds = [f for f in _CASE_FOLDS if f".{f}()" in syntax.text_of(value)]
            if not folds:
                continue
            attr = syntax.text_of(item.child_by_field_name("attribute"))
            stored = _stored_values(ctx, func.path, collection, attr)
            fold = folds[-1]
            if len(stored) < 2 or any(getattr(v, fold)() == v for v in stored):
                continue
            line = syntax.line_of(target)
            note = (
                f"`{short(syntax.text_of(target.parent or target), 60)}` applies .{fold}() to the key, but "
                f"every stored `{attr}` is written otherwise ({', '.join(repr(v) for v in stored[:3])}): "
                f"`{short(syntax.text_of(cmp), 40)}` is never true, so {func.qualname}() always returns None"
            )
            yield Candidate(
                file=func.path,
                line=line,
                end_line=syntax.end_line_of(cmp),
                function=func.qualname,
                rule="RC101",
                title=f"{func.qualname}() normalises the key with .{fold}() unlike the stored values",
                explanation=f"{prod.function}() returns None for every lookup: {note}.",
                evidence=(
                    Evidence(func.path, line, note),
                    Evidence(prod.file, prod.line, prod.note),
                ),
                fix=f"Normalise both sides the same way (compare `{attr}` after the same fold, or drop .{fold}()).",
                kind=CandidateKind.ORIGIN,
                confidence=0.82,
            )
            return
