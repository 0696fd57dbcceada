"""RC305: what a route returns does not match its ``response_model``."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef, FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import (
    LITERAL_TYPES,
    Detector,
    NoneDetector,
    Producer,
    Step,
    Tracer,
    Where,
    where_in,
)
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import candidate_from_producer, short
from rootcause.analysis.rules.rc3_fastapi import (
    LocError,
    ModelField,
    Route,
    class_and_bases,
    class_fields,
    dict_keys_in,
    error_input,
    loc_errors,
    path_match,
    qualname_at,
    repo_path_for,
    route_of,
    routes,
)
from rootcause.analysis.rules.rc109_conversion_input import ValueSource, literal_text
from rootcause.analysis.rules.rc301_query_vs_body import requested_paths
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_ENDPOINT_RE = re.compile(r'File "([^"]+)", line (\d+), in (\w+)')
_OBJECT_RE = re.compile(r"<([\w.]+) object at 0x[0-9a-f]+>")


def _endpoint(ctx: AnalysisContext) -> tuple[Route | None, FuncRef | None]:
    """The path operation whose response failed: named in the message, else on the stack."""
    for printed, line, _name in _ENDPOINT_RE.findall(ctx.message):
        path = repo_path_for(ctx, printed)
        if path is None:
            continue
        func = ctx.code.function_at(path, int(line))
        if func is not None:
            return route_of(ctx, func), func
    for sf in ctx.stack:
        if sf.func is not None and (route := route_of(ctx, sf.func)) is not None:
            return route, sf.func
    # The request the failing code (a test, a client) made, matched against the routes.
    best: tuple[int, Route] | None = None
    for method, requested, _line, _file in requested_paths(ctx):
        for route in routes(ctx):
            score = path_match(route.path, requested) if route.path else 0
            if score and method and route.method.upper() != method:
                score -= 2
            if score > 0 and (best is None or score > best[0]):
                best = (score, route)
    if best is not None:
        return best[1], best[1].func
    # Else the one route whose response model has the failing location.
    errors = [e for e in loc_errors(ctx.message) if e.loc and e.loc[0] == "response" and len(e.loc) > 1]
    if errors:
        fitting = [r for r in routes(ctx) if (m := response_model(ctx, r, r.func)) is not None
                   and _model_at(ctx, m, errors[0].loc) is not None
                   and (_field(ctx, _model_at(ctx, m, errors[0].loc), errors[0].loc[-1]) is not None)]  # type: ignore[arg-type]
        declared = set()
        for r in fitting:
            holder = _model_at(ctx, response_model(ctx, r, r.func), errors[0].loc)  # type: ignore[arg-type]
            found = _field(ctx, holder, errors[0].loc[-1]) if holder is not None else None
            if found is not None:
                declared.add((found[0].path, found[1].line))
        if fitting and len(declared) == 1:
            return fitting[0], fitting[0].func
    return None, None


def response_model(ctx: AnalysisContext, route: Route | None, func: FuncRef) -> ClassRef | None:
    annotation = None
    if route is not None:
        node = route.keyword("response_model")
        if node is not None:
            annotation = syntax.text_of(node)
    if annotation is None:
        returns = func.node.child_by_field_name("return_type")
        annotation = syntax.text_of(returns) if returns is not None else None
    return ctx.code.class_for_annotation(annotation, func.path) if annotation else None


def _field(ctx: AnalysisContext, cls: ClassRef, name: str) -> tuple[ClassRef, ModelField] | None:
    for klass in class_and_bases(ctx, cls):
        for field in class_fields(klass):
            if field.name == name:
                return klass, field
    return None


def _all_fields(ctx: AnalysisContext, cls: ClassRef) -> list[str]:
    return [f.name for klass in class_and_bases(ctx, cls) for f in class_fields(klass)]


def _model_at(ctx: AnalysisContext, model: ClassRef, loc: tuple[str, ...]) -> ClassRef | None:
    """The model class that holds the last element of ``loc`` (``('response', 'levels', 0, 'x')``)."""
    current = model
    for part in loc[1:-1]:
        if part.lstrip("-").isdigit():
            continue
        found = _field(ctx, current, part)
        if found is None:
            return None
        nested = ctx.code.class_for_annotation(found[1].annotation, found[0].path)
        if nested is None:
            return None
        current = nested
    return current


def _returns(func: FuncRef) -> list[Node]:
    return [n for n in syntax.walk(func.node, into_functions=False) if n.type == "return_statement" and n.named_children]


def _none_returned(ctx: AnalysisContext, route: Route | None, func: FuncRef, model: ClassRef | None) -> Iterator[Candidate]:
    tracer = Tracer(ctx, NoneDetector())
    where = where_in(ctx, func)
    model_name = model.name if model is not None else "the response model"
    for ret in _returns(func):
        value = ret.named_children[0]
        producers = tracer.trace(value, where)
        line = syntax.line_of(ret)
        evidence = [Evidence(func.path, line, f"returns `{short(syntax.text_of(value), 60)}` without checking for None")]
        evidence.extend(Evidence(p.file, p.line, p.note) for p in producers[:3])
        if not producers and len(_returns(func)) > 1:
            continue
        yield Candidate(
            file=func.path, line=line, end_line=syntax.end_line_of(ret), function=func.qualname, rule="RC305",
            title=f"{func.qualname}() returns None where {model_name} is expected (missing 404)",
            explanation=(
                f"{func.qualname}() returns `{short(syntax.text_of(value), 60)}` straight to FastAPI; when it is None "
                f"the response validation against {model_name} fails with a 500 instead of a 404."
                + (f" It is None when: {producers[0].note}." if producers else "")
            ),
            evidence=tuple(evidence), kind=CandidateKind.ORIGIN, confidence=0.82 if producers else 0.6,
            fix="Check the result and `raise HTTPException(status_code=404, detail=...)` when it is None "
            "(or make the response model Optional).",
        )
        for prod in producers[:2]:
            yield Candidate(
                file=prod.file, line=prod.line, end_line=max(prod.line, prod.end_line), function=prod.function,
                rule="RC305", title=f"{prod.function}() can return None ({prod.mechanism})", explanation=prod.note,
                evidence=(Evidence(prod.file, prod.line, prod.note),), kind=CandidateKind.CONTRIBUTING,
                confidence=0.45, fix=prod.fix,
            )


def _dict_sites(ctx: AnalysisContext, keys: list[str], extra: list[str]) -> list[tuple[str, Node, Node | None]]:
    """Dict literals / dict(...) calls building (most of) ``keys``: (path, dict node, offending key node)."""
    wanted = set(keys)
    needle = extra[0] if extra else (keys[0] if keys else "")
    if not needle:
        return []
    found: list[tuple[str, Node, Node | None]] = []
    for path in ctx.code.files_matching(re.compile(rf"\b{re.escape(needle)}\b")):
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            built: dict[str, Node] = {}
            if node.type == "dictionary":
                for pair in node.named_children:
                    if pair.type == "pair" and (key := pair.child_by_field_name("key")) is not None and key.type == "string":
                        built[syntax.text_of(key).strip("\"'")] = pair
            elif node.type == "call" and syntax.call_name(node)[0] == "dict":
                for name, value in syntax.call_arguments(node)[1].items():
                    built[name] = value.parent or value
            if not built:
                continue
            overlap = len(wanted & set(built)) / max(1, len(wanted))
            if overlap < 0.6:
                continue
            bad = next((built[k] for k in extra if k in built), None)
            if extra and bad is None:
                continue
            found.append((path, node, bad))
    return found


def _missing_field(ctx: AnalysisContext, func: FuncRef, model: ClassRef, error: LocError) -> Iterator[Candidate]:
    name = error.loc[-1]
    holder = _model_at(ctx, model, error.loc)
    if holder is None:
        return
    declared = _field(ctx, holder, name)
    fields = _all_fields(ctx, holder)
    raw = error_input(ctx.message, error)
    decl_ev: list[Evidence] = []
    if declared is not None:
        decl_ev.append(Evidence(declared[0].path, declared[1].line, f"{declared[0].name}.{name} is required by the response model"))
    obj = _OBJECT_RE.search(raw)
    if raw.startswith("{"):
        keys = dict_keys_in(raw)
        extra = [k for k in keys if k not in fields]
        close = difflib.get_close_matches(name, extra, n=1, cutoff=0.5)
        extra = close + [k for k in extra if k not in close]
        for path, node, bad in _dict_sites(ctx, keys, extra)[:3]:
            where = bad if bad is not None else node
            line = syntax.line_of(where)
            wrong = extra[0] if extra else None
            yield Candidate(
                file=path, line=line, end_line=syntax.end_line_of(where) if bad is not None else line,
                function=qualname_at(ctx, path, line), rule="RC305",
                title=(f"builds `{wrong}` where the response model expects `{name}`" if wrong
                       else f"the dict built here has no `{name}` key"),
                explanation=(
                    f"This dict becomes part of {func.qualname}()'s response, validated against {holder.name}, which "
                    f"requires `{name}`; the dict has " + (f"`{wrong}` instead" if wrong else "no such key")
                    + f" ({short(ctx.message, 100)})."
                ),
                evidence=(Evidence(path, line, f"key set {{{', '.join(keys[:6])}}} is built here"), *decl_ev),
                fix=f"Use the key `{name}` here (or rename the field of {holder.name} / give it an alias).",
                kind=CandidateKind.ORIGIN, confidence=0.82 if wrong else 0.6,
            )
        return
    if obj is not None and declared is not None:
        source_cls = ctx.code.classes_named(obj.group(1).split(".")[-1])
        if not source_cls:
            return
        src_cls = source_cls[0]
        attrs = _all_fields(ctx, src_cls)
        if name in attrs:
            return
        unmatched = [a for a in attrs if a not in fields]
        close = difflib.get_close_matches(name, unmatched, n=2, cutoff=0.6)
        wanted_type = re.findall(r"[A-Za-z_]\w*", declared[1].annotation or "")
        typed = [
            f.name for klass in class_and_bases(ctx, src_cls) for f in class_fields(klass)
            if f.name in unmatched and wanted_type and wanted_type[0] in re.findall(r"[A-Za-z_]\w*", f.annotation or "")
        ]
        hint = (close or typed or unmatched)[:3]
        yield Candidate(
            file=declared[0].path, line=declared[1].line, end_line=declared[1].line, function=declared[0].qualname,
            rule="RC305",
            title=f"response model field `{name}` does not exist on {src_cls.name}",
            explanation=(
                f"{func.qualname}() returns a {src_cls.name} object; FastAPI validates it against {model.name}, whose "
                f"field `{name}` (declared in {declared[0].name}) is no attribute of {src_cls.name}"
                + (f" ({src_cls.name} has {', '.join('`' + h + '`' for h in hint)}, which the schema does not declare)" if hint else "")
                + ", so the response fails with 'Field required'."
            ),
            evidence=(*decl_ev, Evidence(src_cls.path, src_cls.line, f"{src_cls.name} has no attribute `{name}`"
                                         + (f"; it has {', '.join(hint)}" if hint else ""))),
            fix=f"Rename the schema field to the model's attribute ({', '.join(hint) or '...'}), or give it "
            f"`Field(validation_alias=...)`.",
            kind=CandidateKind.ORIGIN, confidence=0.8,
        )


_QUERY_START = re.compile(r"^\s*(?:sa\.|sqlalchemy\.|sqlmodel\.)?select\(\s*([A-Za-z_][\w.]*)|\.query\(\s*([A-Za-z_][\w.]*)")
#: Calls that run a statement or wrap its rows: the rows come from the statement argument.
_RUNS = frozenset({"exec", "execute", "scalars", "scalar", "all", "list", "tuple", "fetchall", "unique"})


class QuerySource(Detector):
    """The ``select(Model)...`` / ``session.query(Model)...`` whose rows the value holds."""

    name = "query"
    through_subscript = True

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type != "call":
            return None
        text = syntax.text_of(node)
        match = _QUERY_START.search(text)
        if match and (text.lstrip().startswith(("select(", "sa.select(", "sqlmodel.select(")) or ".query(" in text):
            return [
                Producer(
                    where.path, syntax.line_of(node), syntax.end_line_of(node), where.function,
                    match.group(1) or match.group(2) or "", f"`{short(text, 70)}`", 0.7, chain,
                )
            ]
        name, receiver = syntax.call_name(node)
        if name in _RUNS:
            positional, _kw = syntax.call_arguments(node)
            for arg in positional[:1]:
                tracer.walk_more(arg, where, chain)
            func = node.child_by_field_name("function")
            obj = func.child_by_field_name("object") if func is not None and func.type == "attribute" else None
            if obj is not None and receiver is not None and obj.type == "call":
                tracer.walk_more(obj, where, chain)
            return []
        return None


def _unfiltered_query(
    ctx: AnalysisContext, func: FuncRef, field_name: str, model: ClassRef | None
) -> Iterator[Candidate]:
    """The route returns rows of a query that never excludes the rows where ``field_name`` is NULL."""
    tracer = Tracer(ctx, QuerySource(), max_depth=6)
    where = where_in(ctx, func)
    for ret in _returns(func)[:3]:
        for prod in tracer.trace(ret.named_children[0], where)[:2]:
            classes = ctx.code.classes_named(prod.mechanism.rsplit(".", 1)[-1]) if prod.mechanism else []
            if not classes:
                continue
            column = tracer.models.declaration(classes[0], field_name)
            if column is None or not column.nullable:
                continue
            src = ctx.code.source(prod.file)
            stmt_text = prod.note
            if src is not None:
                stmt_text = "\n".join(src.line(n) for n in range(prod.line, prod.end_line + 1))
            filters = re.findall(r"\.(?:where|filter|filter_by)\((.*)", stmt_text)
            if any(field_name in f for f in filters):
                continue
            note = (
                f"the query selects {classes[0].name} rows without excluding those whose "
                f"`{field_name}` is NULL ({classes[0].name}.{field_name} is nullable: "
                f"`{short(column.text, 50)}`)"
            )
            yield Candidate(
                file=prod.file, line=prod.line, end_line=prod.line, function=prod.function, rule="RC305",
                title=f"{prod.function}() returns rows whose `{field_name}` can be NULL",
                explanation=(
                    f"{func.qualname}() returns what {prod.function}() selects; "
                    f"{model.name if model is not None else 'the response model'} requires `{field_name}`, "
                    f"but {note}. Rows in another state (not yet set, draft, soft-deleted) reach the response."
                ),
                evidence=(
                    *(Evidence(s.file, s.line, s.note) for s in prod.chain),
                    Evidence(prod.file, prod.line, note),
                    Evidence(column.path, column.line, f"{classes[0].name}.{field_name} is declared `{short(column.text, 60)}`"),
                ),
                fix=f"Filter the query to the rows the response can describe (e.g. a state filter, or "
                f"`{classes[0].name}.{field_name}.is_not(None)`), or make the response field Optional.",
                kind=CandidateKind.ORIGIN, confidence=0.72,
            )


def _wrong_value(ctx: AnalysisContext, func: FuncRef, model: ClassRef, error: LocError, raw: str) -> Iterator[Candidate]:
    """A field of the response holds a value of another type (None for a non-optional field...)."""
    name = error.loc[-1]
    holder = _model_at(ctx, model, error.loc)
    declared = _field(ctx, holder, name) if holder is not None else None
    if declared is None:
        return
    klass, field = declared
    is_none = raw == "None"
    schema_confidence = 0.55
    if is_none:
        yield from _unfiltered_query(ctx, func, name, model)
    elif holder is not None:
        for producer in _value_builders(ctx, func, holder, klass, field, error, raw):
            if producer.kind == CandidateKind.ORIGIN:
                schema_confidence = 0.45
            yield producer
    yield Candidate(
        file=klass.path, line=field.line, end_line=field.line, function=klass.qualname, rule="RC305",
        title=(f"`{klass.name}.{name}: {field.annotation}` is not optional, but the returned value is None" if is_none
               else f"`{klass.name}.{name}: {field.annotation}` rejects the returned value {short(raw, 30)}"),
        explanation=(
            f"{func.qualname}()'s response is validated against {model.name}; at {'.'.join(error.loc[1:])} it holds "
            f"{short(raw, 40)}, which `{name}: {field.annotation}` does not accept ({error.type}: {error.msg})."
            + (" Either the data can legitimately be None (make the field Optional) or the code that fills it "
               "is wrong." if is_none else " The schema and the data disagree on the type.")
        ),
        evidence=(Evidence(klass.path, field.line, f"{klass.name}.{name} is declared `{field.annotation}`"),),
        fix=(f"Declare `{name}: {field.annotation} | None` if None is valid, or fill it before returning." if is_none
             else f"Convert the value before returning it, or change the type of {klass.name}.{name}."),
        kind=CandidateKind.ORIGIN, confidence=schema_confidence,
    )


#: What an expression obviously evaluates to, judged from its outermost call or literal.
_STR_CALLS = frozenset({"str", "join", "format", "strftime", "isoformat", "repr", "upper", "lower", "strip"})
_INT_CALLS = frozenset({"len", "int", "count", "round"})
_LIST_CALLS = frozenset({"list", "sorted", "split"})
#: Annotation heads and the kinds of value they accept.
_ACCEPTS = {
    "str": {"str"}, "int": {"int"}, "float": {"int", "float"}, "bool": {"bool"},
    "list": {"list"}, "List": {"list"}, "Sequence": {"list"}, "set": {"list"}, "tuple": {"list"},
    "dict": {"dict"}, "Dict": {"dict"}, "Mapping": {"dict"},
}


def _value_kind(node: Node) -> str | None:
    """``str``/``int``/``list``/``dict`` when the expression's type is plain from its syntax."""
    literal = LITERAL_TYPES.get(node.type)
    if literal in ("str", "int", "list", "dict"):
        return literal
    if node.type == "call":
        called = syntax.call_name(node)[0]
        if called in _STR_CALLS:
            return "str"
        if called in _INT_CALLS:
            return "int"
        if called in _LIST_CALLS:
            return "list"
    return None


def _value_builders(
    ctx: AnalysisContext,
    func: FuncRef,
    holder: ClassRef,
    klass: ClassRef,
    field: ModelField,
    error: LocError,
    raw: str,
) -> Iterator[Candidate]:
    """The dict entries that build the rejected field, blamed when they plainly build another type."""
    name = error.loc[-1]
    fields = _all_fields(ctx, holder)
    head = re.split(r"[\[|\s]", field.annotation.strip(), maxsplit=1)[0] if field.annotation else ""
    accepted = _ACCEPTS.get(head.rsplit(".", 1)[-1])
    for path, _node, bad in _dict_sites(ctx, fields, [name])[:3]:
        if bad is None or bad.type != "pair":
            continue
        value = bad.child_by_field_name("value")
        if value is None:
            continue
        built = _value_kind(value)
        clash = accepted is not None and built is not None and built not in accepted
        line = syntax.line_of(bad)
        yield Candidate(
            file=path, line=line, end_line=syntax.end_line_of(bad), function=qualname_at(ctx, path, line),
            rule="RC305",
            title=(f"builds `{name}` as a {built}, but {klass.name}.{name} is `{field.annotation}`" if clash
                   else f"builds the `{name}` value the response model rejects"),
            explanation=(
                f"This dict becomes {func.qualname}()'s response, validated against {holder.name}; its `{name}` "
                f"is `{short(syntax.text_of(value), 50)}`"
                + (f", a {built}, while the field is declared `{field.annotation}`" if clash else "")
                + f" ({error.type}: {error.msg}; got {short(raw, 40)})."
            ),
            evidence=(
                Evidence(path, line, f"`{name}` is built from `{short(syntax.text_of(value), 60)}`"),
                Evidence(klass.path, field.line, f"{klass.name}.{name} is declared `{field.annotation}`"),
            ),
            fix=(f"Build `{name}` as the model declares it (`{field.annotation}`), or change the field's type."
                 if clash else None),
            kind=CandidateKind.ORIGIN if clash else CandidateKind.CONTRIBUTING,
            confidence=0.75 if clash else 0.4,
        )
        yield from _rejected_literals(ctx, path, line, value, raw, klass, field, error)


def _rejected_literals(
    ctx: AnalysisContext, path: str, line: int, value: Node, raw: str,
    klass: ClassRef, field: ModelField, error: LocError,
) -> Iterator[Candidate]:
    """The literal the rejected value was written as (``return "archive"`` for an enum of
    "archived"), traced from the dict entry through variables, calls and returns."""
    bad = literal_text(raw)
    owner = ctx.code.function_at(path, line)
    if bad is None or owner is None or value.type == "string":
        return
    tracer = Tracer(ctx, ValueSource(bad), max_depth=6)
    for prod in tracer.trace(value, where_in(ctx, owner))[:2]:
        if prod.mechanism != "literal":
            continue
        yield candidate_from_producer(
            ctx,
            replace(prod, fix=f"Produce a value {klass.name}.{field.name} accepts ({short(error.msg, 80)})."),
            rule="RC305",
            title=f"{prod.function}() produces {short(raw, 30)}, which {klass.name}.{field.name} rejects",
            explanation=(
                f"The response's `{field.name}` is {short(raw, 30)}, written at {prod.file}:{prod.line} in "
                f"{prod.function}(); `{field.name}: {field.annotation}` does not accept it ({error.type}: "
                f"{short(error.msg, 90)})."
            ),
        )


@register(
    "RC305",
    name="response-validation",
    title="Returned value does not match the route's response_model",
    exceptions=("ResponseValidationError",),
    messages=(r"""\(['"]response['"]""",),
)
def response_validation(ctx: AnalysisContext) -> Iterator[Candidate]:
    """ResponseValidationError: what the route returns does not match its response_model.

    The route returned something its ``response_model`` rejects: ``None`` (a missing 404),
    a dict with another key, an ORM object whose attribute was renamed.

    Why it matters: the error is raised inside FastAPI after the handler returned, so the
    traceback barely mentions your code. The rule reads the failing ``loc`` and ``input``
    from the message, finds the route (the ``File ..., in handler`` line FastAPI prints),
    walks its ``response_model`` down the ``loc``, and compares: for a dict it finds the
    literal that builds the keys, for an object the class lacking the attribute, for
    ``None`` the unchecked return (and where the None comes from); for a None field of
    ORM rows, the query that selects rows whose column is NULL without filtering them out.

    Example::

        def shelf_entry(book):
            return {"title": book.title, "on_loan": book.lent}   # <- the model wants `lent`

        @router.get("/shelves/{shelf}", response_model=Shelf)
        def shelf(shelf: str): return {"books": [shelf_entry(b) for b in books_on(shelf)]}
    """
    errors = [e for e in loc_errors(ctx.message) if e.loc and e.loc[0] == "response"]
    if not errors:
        return
    route, func = _endpoint(ctx)
    if func is None:
        return
    model = response_model(ctx, route, func)
    seen: set[tuple[str, int]] = set()
    for error in errors[:4]:
        raw = error_input(ctx.message, error)
        produced: Iterator[Candidate]
        if raw == "None" and len(error.loc) == 1:
            produced = _none_returned(ctx, route, func, model)
        elif error.type == "missing" and model is not None and len(error.loc) >= 2:
            produced = _missing_field(ctx, func, model, error)
        elif model is not None and len(error.loc) >= 2:
            produced = _wrong_value(ctx, func, model, error, raw)
        else:
            continue
        for cand in produced:
            key = (cand.file, cand.line)
            if key not in seen:
                seen.add(key)
                yield cand
