"""RC102: a key, index or attribute is missing because a producer built another shape."""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import Code
from rootcause.analysis.context import AnalysisContext, StackFrame
from rootcause.analysis.origin import (
    Detector,
    Producer,
    ShapeDetector,
    Step,
    Tracer,
    Where,
    assignments_to,
    string_value,
    where_for,
)
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    attribute_receivers,
    candidate_from_producer,
    contributions,
    crash_node_candidates,
    message_attribute,
    short,
    symptom_at,
)
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_INDICES_RE = re.compile(r"^(\w+) indices must be integers")
_BUILTIN_TYPES = {"dict", "str", "list", "tuple", "int", "float", "set", "bytes"}


def _key_of(message: str) -> str | None:
    text = message.strip()
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text.strip("'\"") or None
    return value if isinstance(value, str) else repr(value)


def key_uses(code: Code, key: str, *, skip: set[tuple[str, int]]) -> int:
    """How often the repo spells ``key`` as a string literal or attribute (outside ``skip``)."""
    pattern = re.compile(
        rf"[\"']{re.escape(key)}[\"']|\.{re.escape(key)}\b|\b{re.escape(key)}\s*[=:]"
    )
    count = 0
    for path in code.files_matching(re.compile(re.escape(key)))[:200]:
        src = code.source(path)
        if src is None:
            continue
        for lineno, line in enumerate(src.lines, 1):
            if (path, lineno) in skip:
                continue
            count += len(pattern.findall(line))
    return count


def _subscripts(ctx: AnalysisContext, sf: StackFrame) -> list[Node]:
    return [n for n in crash_node_candidates(ctx, sf) if n.type == "subscript"]


def _literal_index(sub: Node) -> str | None:
    index = sub.child_by_field_name("subscript")
    if index is not None and index.type == "string":
        return string_value(index)
    return None


@register(
    "RC102",
    name="key-or-shape-drift",
    title="A producer builds the data with another key or shape than its reader expects",
    exceptions=("KeyError", "IndexError", "AttributeError", "TypeError"),
    messages=(r"indices must be integers", r"object has no attribute", r"index out of range"),
)
def shape_drift(ctx: AnalysisContext) -> Iterator[Candidate]:
    """KeyError / IndexError / AttributeError where the data was built with another key or shape.

    Why it matters: ``KeyError: 'ts'`` is raised by the reader, but when the writer of the
    dict uses ``"timestamp"`` the fix belongs to whichever side disagrees with the rest of
    the code. The rule traces the container back to the dict literal, ``dict(...)``,
    ``model_dump()``, constructor or query that produced it, names the closest key it
    does have, and decides which side is the odd one out by counting how the rest of the
    repository spells the key. For data-dependent keys (``tenants[slug]``) it finds the
    filtered comprehension or query that left the entry out; for ``'dict' object has no
    attribute`` it finds where a raw dict was passed instead of an object.

    Example::

        def reading_as_row(reading):
            return {"measured": reading.at.isoformat(), ...}  # <- origin: readers use "when"

        when = row["when"]                                     # KeyError: 'when'
    """
    sf = ctx.crash
    if sf is None or not ctx.crash_is_innermost:
        return
    where = where_for(ctx, sf)
    if where is None:
        return
    exc_type = ctx.exc_type
    message = ctx.message
    producers: list[Producer] = []
    symptom_conf = 0.5
    symptom_title = "the reader expects a key/shape the data does not have"
    typo: tuple[str, str] | None = None
    overrun: tuple[str, str] | None = None
    if exc_type == "KeyError":
        key = _key_of(message)
        if key is None:
            return
        subs = _subscripts(ctx, sf)
        literal = [s for s in subs if _literal_index(s) == key]
        if literal:
            container = literal[0].child_by_field_name("value")
            if container is None:
                return
            producers = Tracer(ctx, ShapeDetector(key, kind="key")).trace(container, where)
            symptom_title = f"reads key `{key}`"
            for i, prod in enumerate(producers):
                match = re.search(r"with `([^`]+)`, not", prod.note)
                if not match:
                    continue
                other = match.group(1)
                skip = {(sf.path, sf.line), (prod.file, prod.line)}
                reader_votes = key_uses(ctx.code, key, skip=skip)
                writer_votes = key_uses(ctx.code, other, skip=skip)
                if reader_votes == 0 and writer_votes > 0:
                    # The reader is the odd one out: a typo at the crash line.
                    producers[i] = replace(prod, confidence=0.35)
                    typo = (key, other)
                    symptom_conf = 0.85
                else:
                    producers[i] = replace(
                        prod,
                        extra=(
                            *prod.extra,
                            Step(
                                sf.path,
                                sf.line,
                                f"`{key}` is also what {reader_votes} other place(s) in the code use",
                                sf.qualname,
                            ),
                        ),
                    )
            if all(p.confidence < 0.5 for p in producers) and container is not None:
                producers.extend(_sibling_producers(ctx, sf, container, key))
        else:
            dynamic = [s for s in subs if s.child_by_field_name("subscript") is not None]
            for sub in dynamic[:2]:
                container = sub.child_by_field_name("value")
                if container is not None:
                    producers.extend(
                        Tracer(ctx, ShapeDetector(key, kind="entry")).trace(container, where)
                    )
            for sub in dynamic[:2]:
                # The key itself may be the wrong value: a caller passing arguments in an
                # order the callee no longer takes puts another parameter's value here.
                index = sub.child_by_field_name("subscript")
                if index is not None and index.type in ("identifier", "attribute"):
                    producers.extend(
                        p
                        for p in Tracer(ctx, Detector(), max_depth=6).trace(index, where)
                        if p.mechanism == "swapped arguments"
                    )
            if sf.func is not None and all(p.confidence < 0.6 for p in producers):
                for sub in dynamic[:2]:
                    producers.extend(_normalised_keys(ctx, where, sf.func.node, sub))
            symptom_title = f"looks up `{key}` without handling a missing entry"
    elif exc_type == "IndexError":
        overrun = _range_overrun(_subscripts(ctx, sf))
        for sub in _subscripts(ctx, sf)[:2]:
            container = sub.child_by_field_name("value")
            if container is not None:
                producers.extend(
                    Tracer(ctx, ShapeDetector("", kind="index")).trace(container, where)
                )
        if sf.func is not None and all(p.confidence < 0.6 for p in producers):
            for sub in _subscripts(ctx, sf)[:2]:
                container = sub.child_by_field_name("value")
                if container is not None:
                    producers.extend(_normalised_keys(ctx, where, sf.func.node, container))
        symptom_title = "indexes a sequence without checking its length"
        if overrun is not None:
            past, bound = overrun
            symptom_title = f"`{past}` runs past the end of the sequence ({bound})"
            symptom_conf = 0.8
            producers = [replace(p, confidence=min(p.confidence, 0.35)) for p in producers]
    elif exc_type == "AttributeError":
        attr = message_attribute(message)
        if attr is None or attr[0] in ("NoneType", "coroutine"):
            return
        type_name, name = attr
        receivers = attribute_receivers(ctx, sf, name)
        if not receivers:
            return
        if type_name == "Namespace":
            producers.extend(_argparse_dest(ctx, name, sf))
        elif type_name in _BUILTIN_TYPES:
            producers.extend(
                Tracer(ctx, ShapeDetector(name, kind="type", type_name=type_name)).trace(
                    receivers[0], where
                )
            )
        else:
            producers.extend(
                Tracer(ctx, ShapeDetector(name, kind="attribute")).trace(receivers[0], where)
            )
            classes = ctx.code.classes_named(type_name.rsplit(".", 1)[-1])
            if classes:
                fields = _fields(ctx, classes[0])
                close = difflib.get_close_matches(name, fields, n=1, cutoff=0.6)
                if close:
                    typo = (name, close[0])
                    symptom_conf = 0.7
        symptom_title = f"reads `.{name}` on a {type_name}"
        suggestion = re.search(r"Did you mean: '(\w+)'", message)
        if suggestion and typo is None:
            skip = {(sf.path, sf.line)}
            if (
                key_uses(ctx.code, name, skip=skip) == 0
                and key_uses(ctx.code, suggestion.group(1), skip=skip) > 0
            ):
                typo = (name, suggestion.group(1))
        if typo is not None and key_uses(ctx.code, typo[0], skip={(sf.path, sf.line)}) == 0:
            symptom_conf = 0.8
            producers = [replace(p, confidence=min(p.confidence, 0.35)) for p in producers]
    elif exc_type == "TypeError":
        match = _INDICES_RE.search(message)
        if not match:
            return
        type_name = match.group(1)
        for sub in _subscripts(ctx, sf)[:1]:
            container = sub.child_by_field_name("value")
            if container is not None:
                producers.extend(
                    Tracer(ctx, ShapeDetector("", kind="type", type_name=type_name)).trace(
                        container, where
                    )
                )
        if type_name == "tuple":
            producers.extend(_sqlite_without_row_factory(ctx))
        symptom_title = f"indexes a {type_name} by name"
    else:
        return
    for prod in producers:
        ctx.note(prod.file, prod.line, f"builds the data: {prod.mechanism}")
        yield candidate_from_producer(
            ctx,
            prod,
            rule="RC102",
            title=f"{prod.function}() {prod.note}"
            if not prod.note.startswith(prod.function)
            else prod.note,
            explanation=(
                f"{sf.qualname}() fails with {exc_type}: {short(message, 80)} at {sf.path}:{sf.line}. "
                f"The data comes from {prod.function}() ({prod.file}:{prod.line}), which {prod.note}."
            ),
        )
        yield from contributions(ctx, prod, rule="RC102")
    extra: tuple[Evidence, ...] = ()
    fix = "Make the reader and the producer agree on the key/shape (or handle the missing entry)."
    if overrun is not None:
        fix = f"Stop the loop earlier so that `{overrun[0]}` stays in range (len(...) - 1)."
    if typo is not None:
        extra = (
            Evidence(
                sf.path,
                sf.line,
                f"`{typo[0]}` is used nowhere else; the code spells it `{typo[1]}`",
            ),
        )
        fix = f"Use `{typo[1]}` here: `{typo[0]}` looks like a typo."
        symptom_title = f"`{typo[0]}` looks like a typo of `{typo[1]}`"
    cand = symptom_at(
        ctx,
        sf,
        rule="RC102",
        title=symptom_title,
        explanation=f"{sf.qualname}() fails with {exc_type}: {short(message, 80)}.",
        fix=fix,
        confidence=symptom_conf,
        evidence=extra,
    )
    if typo is not None or (exc_type == "IndexError" and symptom_conf >= 0.8):
        cand = replace(cand, kind=CandidateKind.ORIGIN)
    yield cand


_COMPREHENSIONS = frozenset(
    {"list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"}
)


def _range_overrun(subscripts: list[Node]) -> tuple[str, str] | None:
    """``xs[i + 1]`` with ``i`` from ``range(len(xs))``: the last ``i`` reads past the end.

    Returns (the index text, why) for the first such subscript, else None.
    """
    for sub in subscripts:
        container = syntax.text_of(sub.child_by_field_name("value"))
        index = sub.child_by_field_name("subscript")
        if index is None or index.type != "binary_operator":
            continue
        left, right = index.child_by_field_name("left"), index.child_by_field_name("right")
        operator = syntax.text_of(index.child_by_field_name("operator"))
        if left is None or right is None or operator != "+" or left.type != "identifier":
            continue
        if (
            right.type != "integer"
            or not syntax.text_of(right).isdigit()
            or int(syntax.text_of(right)) < 1
        ):
            continue
        variable = syntax.text_of(left)
        node: Node | None = sub.parent
        while node is not None and node.type not in ("function_definition", "module"):
            loops = [node] if node.type == "for_statement" else []
            if node.type in _COMPREHENSIONS:
                loops = [c for c in node.named_children if c.type == "for_in_clause"]
            for loop in loops:
                if syntax.text_of(loop.child_by_field_name("left")) != variable:
                    continue
                bound = syntax.text_of(loop.child_by_field_name("right"))
                pattern = rf"range\(\s*(0\s*,\s*)?len\(\s*{re.escape(container)}\s*\)\s*\)"
                if re.fullmatch(pattern, bound):
                    why = f"`{variable}` goes up to len({container}) - 1 in `{bound}`"
                    return syntax.text_of(index), why
                return None
            node = node.parent
    return None


class _KeyedWrites(Detector):
    """Where a mapping is built, the function its writes apply to their keys (``m[norm(k)] = v``)."""

    name = "keyed-writes"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if (
            node.type not in ("dictionary", "dictionary_comprehension", "call")
            or where.func is None
        ):
            return None
        if node.type == "call" and syntax.call_name(node)[0] not in _MAPPING_CTORS:
            return None
        owner = node.parent
        if owner is None or owner.type != "assignment":
            return []
        target = syntax.text_of(owner.child_by_field_name("left"))
        for sub in syntax.walk(where.func.node):
            if (
                sub.type != "subscript"
                or syntax.text_of(sub.child_by_field_name("value")) != target
            ):
                continue
            key = sub.child_by_field_name("subscript")
            if key is None or key.type != "call":
                continue
            fname, _r = syntax.call_name(key)
            if not fname or fname in _CONVERTING_BUILTINS:
                continue
            return [
                tracer.producer(
                    where,
                    sub,
                    fname,
                    f"keys `{target}` by `{short(syntax.text_of(key), 50)}`",
                    0.5,
                    chain,
                )
            ]
        return []


class _KeySource(Detector):
    """The raw place a lookup key was read from (a record field, a parsed value)."""

    name = "key-source"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type == "subscript" or (node.type == "call" and syntax.call_name(node)[0] == "get"):
            return [
                tracer.producer(
                    where,
                    node,
                    "raw key",
                    f"takes the key from `{short(syntax.text_of(node), 50)}`",
                    0.5,
                    chain,
                )
            ]
        return None


_MAPPING_CTORS = frozenset({"defaultdict", "dict", "OrderedDict", "Counter"})
_CONVERTING_BUILTINS = frozenset({"str", "int", "float", "tuple", "len", "hash", "id"})


def _normalised_keys(
    ctx: AnalysisContext, where: Where, crash_fn: Node, container: Node
) -> Iterator[Producer]:
    """The mapping is written with ``m[f(k)]`` but read with a key that never went through ``f``.

    The lookup misses (KeyError, or an empty ``defaultdict`` entry and then an IndexError):
    the fix belongs where the reader's key is produced.
    """
    lookups: list[tuple[Node, Node]] = []
    name = syntax.text_of(container)
    if container.type == "subscript":
        value, key = (
            container.child_by_field_name("value"),
            container.child_by_field_name("subscript"),
        )
        if value is not None and key is not None:
            lookups.append((value, key))
    elif container.type == "identifier":
        for _t, value, how in assignments_to(crash_fn, name, 10**9, None)[:1]:
            if how == "is assigned" and value.type == "subscript":
                inner, key = (
                    value.child_by_field_name("value"),
                    value.child_by_field_name("subscript"),
                )
                if inner is not None and key is not None:
                    lookups.append((inner, key))
    for mapping, key in lookups:
        if key.type not in ("identifier", "attribute"):
            continue
        writes = Tracer(ctx, _KeyedWrites(), max_depth=6).trace(mapping, where)
        for write in writes[:1]:
            normaliser = write.mechanism
            if normaliser in syntax.text_of(key):
                continue
            sources = Tracer(ctx, _KeySource(), max_depth=6).trace(key, where)
            for src in sources[:2]:
                yield replace(
                    src,
                    mechanism="key not normalised",
                    note=(
                        f"{src.note} without `{normaliser}()`, but the mapping is keyed by "
                        f"`{normaliser}(...)` ({write.file}:{write.line}), so the lookup misses"
                    ),
                    confidence=0.78,
                    extra=(*src.extra, Step(write.file, write.line, write.note, write.function)),
                    fix=f"Apply `{normaliser}()` to the key here too, like the writer of the mapping does.",
                )


def _keys_read(ctx: AnalysisContext, name: str) -> set[str]:
    """String keys read as ``name["k"]`` / ``name.get("k")`` in the stack's functions."""
    keys: set[str] = set()
    for item in ctx.stack[:4]:
        if item.func is None:
            continue
        for node in syntax.walk(item.func.node):
            if node.type == "subscript":
                value = node.child_by_field_name("value")
                if value is not None and value.type == "identifier":
                    lit = _literal_index(node)
                    if lit is not None:
                        keys.add(lit)
            elif node.type == "call" and syntax.call_name(node)[0] == "get":
                positional, _kw = syntax.call_arguments(node)
                if positional and positional[0].type == "string":
                    keys.add(string_value(positional[0]))
    return keys


def _sibling_producers(
    ctx: AnalysisContext, sf: StackFrame, container: Node, key: str
) -> Iterator[Producer]:
    """Dict literals that build most of the keys the code reads, but not ``key``."""
    siblings = _keys_read(ctx, syntax.text_of(container)) - {key}
    if len(siblings) < 2:
        return
    pattern = re.compile(
        "|".join(re.escape(f'"{k}"') + "|" + re.escape(f"'{k}'") for k in sorted(siblings))
    )
    for path in ctx.code.files_matching(pattern)[:40]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            if node.type != "dictionary":
                continue
            keys = []
            for pair in node.named_children:
                k = pair.child_by_field_name("key") if pair.type == "pair" else None
                if k is not None and k.type == "string":
                    keys.append(string_value(k))
            shared = siblings & set(keys)
            if len(shared) < 2 or key in keys:
                continue
            fn = syntax.enclosing_function(node)
            qual = syntax.qualname_of(fn) if fn is not None else "<module>"
            extra_keys = [k for k in keys if k not in siblings]
            close = difflib.get_close_matches(key, extra_keys, n=1, cutoff=0.3)
            hint = f" (it writes `{close[0]}` instead)" if close else ""
            note = f"builds the record with {', '.join(sorted(shared))} but without `{key}`{hint}"
            line = syntax.line_of(node)
            for pair in node.named_children:
                k = pair.child_by_field_name("key") if pair.type == "pair" else None
                if k is not None and close and string_value(k) == close[0]:
                    line = syntax.line_of(pair)
            yield Producer(
                path,
                line,
                line,
                qual,
                "key drift",
                note,
                0.75 if close else 0.65,
                fix=f"Write the key as `{key}` here, like the readers expect.",
            )


def _sqlite_without_row_factory(ctx: AnalysisContext) -> Iterator[Producer]:
    """Rows indexed by name while no ``sqlite3.connect`` sets ``row_factory``: rows are tuples."""
    if ctx.code.files_matching("row_factory"):
        return
    for path in ctx.code.files_calling("connect")[:20]:
        src = ctx.code.source(path)
        if src is None or "sqlite3" not in src.text:
            continue
        for node in syntax.walk(src.root):
            if (
                node.type == "call"
                and syntax.text_of(node.child_by_field_name("function")) == "sqlite3.connect"
            ):
                fn = syntax.enclosing_function(node)
                qual = syntax.qualname_of(fn) if fn is not None else "<module>"
                end = syntax.end_line_of(fn) if fn is not None else syntax.line_of(node)
                yield Producer(
                    path,
                    syntax.line_of(node),
                    end,
                    qual,
                    "sqlite rows are tuples",
                    "opens the sqlite3 connection without `row_factory = sqlite3.Row`: every row is a plain tuple",
                    0.75,
                    fix="Set `conn.row_factory = sqlite3.Row` after connecting so rows can be read by column name.",
                )


def _fields(ctx: AnalysisContext, cls: object) -> list[str]:
    from rootcause.analysis.origin import models_for

    return models_for(ctx).fields_of(cls)  # type: ignore[arg-type]


def _argparse_dest(ctx: AnalysisContext, name: str, sf: StackFrame) -> Iterator[Producer]:
    """``args.max_retries`` missing: the ``add_argument`` whose dest is spelled differently."""
    for path in ctx.code.files_calling("add_argument")[:30]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            if node.type != "call" or syntax.call_name(node)[0] != "add_argument":
                continue
            positional, keywords = syntax.call_arguments(node)
            options = [string_value(p) for p in positional if p.type == "string"]
            longs = [o for o in options if o.startswith("--")]
            derived = (
                (longs[0] if longs else (options[0] if options else ""))
                .lstrip("-")
                .replace("-", "_")
            )
            dest = (
                string_value(keywords["dest"])
                if "dest" in keywords and keywords["dest"].type == "string"
                else derived
            )
            if dest == name:
                continue
            if "dest" in keywords and (
                derived == name or difflib.get_close_matches(name, [dest], n=1, cutoff=0.75)
            ):
                fn = syntax.enclosing_function(node)
                qual = syntax.qualname_of(fn) if fn is not None else "<module>"
                note = f"declares `{'/'.join(options)}` with dest `{dest}`, so the namespace has `{dest}`, not `{name}`"
                yield Producer(
                    path,
                    syntax.line_of(node),
                    syntax.end_line_of(node),
                    qual,
                    "argparse dest",
                    note,
                    0.85,
                    fix=f"Drop `dest=` (or read `args.{dest}`) so the attribute is `{name}` everywhere.",
                )
