"""RC107: a Pydantic model rejects a field of data another part of the code produced."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef, FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import (
    Detector,
    Producer,
    ShapeDetector,
    Step,
    Tracer,
    Where,
    is_optional_annotation,
    string_value,
    where_for,
)
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import candidate_from_producer, crash_node_candidates, short
from rootcause.analysis.rules.rc3_fastapi import (
    FieldError,
    class_and_bases,
    class_fields,
    pydantic_errors,
)

if TYPE_CHECKING:
    from tree_sitter import Node

    from rootcause.model import Candidate

#: Calls that validate data into a model: ``Model.model_validate(data)`` and friends.
_VALIDATE_METHODS = frozenset(
    {
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "parse_obj",
        "parse_raw",
        "validate_python",
        "validate_json",
        "from_orm",
    }
)
#: Calls that carry a mapping through unchanged for the purpose of its keys.
_TRANSPARENT = frozenset({"dumps", "loads", "encode", "decode", "dict", "copy", "deepcopy"})
#: Calls whose result is a str.
_STR_CALLS = frozenset(
    {"strftime", "str", "format", "join", "upper", "lower", "strip", "isoformat", "repr", "hex"}
)
_INPUT_TYPES = {"str": "str", "int": "int", "float": "float", "NoneType": "None", "bool": "bool"}


def _produced_type(node: Node) -> str | None:
    """The builtin type an expression evidently produces (``strftime`` -> str)."""
    kind = node.type
    if kind in ("string", "concatenated_string"):
        return "str"
    if kind == "integer":
        return "int"
    if kind == "float":
        return "float"
    if kind == "none":
        return "None"
    if kind in ("true", "false"):
        return "bool"
    if kind == "call":
        name, _receiver = syntax.call_name(node)
        if name in _STR_CALLS:
            return "str"
        if name in ("int", "len", "round"):
            return "int"
        if name == "float":
            return "float"
    if kind == "binary_operator":
        operator = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        if syntax.text_of(operator) == "%" and left is not None and left.type == "string":
            return "str"
    return None


class EntryDetector(Detector):
    """The value stored under one field of a mapping/model: every leaf that sets it is a producer."""

    name = "entry-value"

    def __init__(self, field: str, input_type: str | None, input_value: str) -> None:
        self.field = field
        self.input_type = input_type
        self.input_value = input_value

    def judge(self, node: Node) -> tuple[float, str]:
        produced = _produced_type(node)
        text = short(syntax.text_of(node), 50)
        if produced is not None and self.input_type is not None and produced == self.input_type:
            return (
                0.8,
                f"stores `{text}` (a {produced}) under `{self.field}`, the value the model rejects",
            )
        if produced is not None and self.input_type is not None:
            return 0.3, f"stores `{text}` (a {produced}) under `{self.field}`"
        return 0.45, f"stores `{text}` under `{self.field}`"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type in ("identifier", "attribute", "await", "conditional_expression"):
            return None
        if node.type == "call":
            name, _receiver = syntax.call_name(node)
            if name not in _STR_CALLS and any(
                isinstance(t, FuncRef) for t in tracer.resolve_call(node, where)
            ):
                return None
        conf, note = self.judge(node)
        return [tracer.producer(where, node, "field value", note, conf, chain, fix=self._fix())]

    def check_nested(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type != "call":
            return None
        name, _receiver = syntax.call_name(node)
        if name in _TRANSPARENT:
            # ``json.dumps(payload).encode()``: the keys are the payload's.
            func = node.child_by_field_name("function")
            positional, _kw = syntax.call_arguments(node)
            inner = positional[0] if positional else None
            if inner is None and func is not None and func.type == "attribute":
                inner = func.child_by_field_name("object")
            if inner is not None:
                tracer.walk_more(inner, where, chain)
            return []
        return None

    def _fix(self) -> str:
        return (
            f"Produce `{self.field}` in the form the model's field accepts "
            f"(it rejected {short(self.input_value, 40)})."
        )


def _model_class(ctx: AnalysisContext, name: str) -> ClassRef | None:
    for cls in ctx.code.classes_named(name.split("[")[0].rsplit(".", 1)[-1]):
        return cls
    return None


def _is_settings(cls: ClassRef) -> bool:
    superclasses = cls.node.child_by_field_name("superclasses")
    return "Settings" in syntax.text_of(superclasses)


def _data_argument(ctx: AnalysisContext, model: str) -> tuple[Node, Where, bool] | None:
    """The expression validated into ``model`` at the innermost in-app frame.

    Returns (expression, where, keyed): keyed is False for ``Model(field=value)`` calls,
    where the expression is the call itself.
    """
    for sf in ctx.stack[:2]:
        where = where_for(ctx, sf)
        if where is None:
            continue
        for node in crash_node_candidates(ctx, sf):
            if node.type != "call":
                continue
            name, receiver = syntax.call_name(node)
            positional, _kw = syntax.call_arguments(node)
            if name in _VALIDATE_METHODS and positional:
                return positional[0], where, True
            if name == model.rsplit(".", 1)[-1] and receiver is None:
                for arg in positional:
                    if arg.type == "dictionary_splat" and arg.named_children:
                        return arg.named_children[0], where, True
                return node, where, False
    return None


def _field_of(error: FieldError) -> str | None:
    parts = [p for p in error.loc.split(".") if p and not p.isdigit()]
    return parts[-1] if parts else None


def _writers(ctx: AnalysisContext, field: str, detector: EntryDetector) -> list[Producer]:
    """Dict literals / keyword arguments that store ``field`` anywhere in the repository."""
    found: list[Producer] = []
    pattern = re.compile(rf"""["']{re.escape(field)}["']\s*:|\b{re.escape(field)}\s*=""")
    for path in ctx.code.files_matching(pattern)[:30]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            value: Node | None = None
            if node.type == "pair":
                key = node.child_by_field_name("key")
                if key is not None and key.type == "string" and string_value(key) == field:
                    value = node.child_by_field_name("value")
            elif node.type == "keyword_argument":
                key = node.child_by_field_name("name")
                if syntax.text_of(key) == field:
                    value = node.child_by_field_name("value")
            if value is None or _produced_type(value) is None:
                continue
            fn = syntax.enclosing_function(node)
            if fn is None:
                continue
            qual = syntax.qualname_of(fn)
            conf, note = detector.judge(value)
            if conf < 0.5:
                continue
            found.append(
                Producer(
                    path,
                    syntax.line_of(node),
                    syntax.end_line_of(node),
                    qual,
                    "field value",
                    note,
                    conf - 0.1,
                    fix=detector._fix(),
                )
            )
    return found


@register(
    "RC107",
    name="validation-input-origin",
    title="A model rejects a field that another part of the code produced",
    exceptions=("ValidationError",),
    messages=(r"validation errors? for",),
)
def validation_input(ctx: AnalysisContext) -> Iterator[Candidate]:
    """Pydantic ``ValidationError`` on data built elsewhere: finds the code that wrote the field.

    Why it matters: ``1 validation error for OrderEvent / created: Input should be a valid
    datetime [input_value='03/06/2024 10:00', input_type=str]`` is raised where the data is
    validated (a consumer, a client, a loader), but the wrong value was written by the
    producer of the data: a ``strftime`` display format where ISO 8601 is expected, a
    ``str(...)`` where a number is expected. The rule traces the validated argument back
    (through ``json.dumps``/``encode`` and dict entries) to the expression stored under the
    failing field, and, when the data crosses a queue or a file, looks for the places that
    write that field with a value of the rejected input's type.

    Example::

        payload = {"created": event.at.strftime("%d/%m/%Y %H:%M")}   # <- origin
        ...
        Event.model_validate_json(body)                             # ValidationError
    """
    model, errors = pydantic_errors(ctx.message)
    if model is None or not errors or ctx.crash is None:
        return
    cls = _model_class(ctx, model)
    if cls is not None and _is_settings(cls):
        return  # settings: RC306
    if any(e.loc.split(".")[0] in ("body", "query", "path", "header", "response") for e in errors):
        return  # request / response validation: the FastAPI rules
    argument = _data_argument(ctx, model)
    seen: set[tuple[str, int]] = set()
    for error in errors[:3]:
        field = _field_of(error)
        if field is None:
            continue
        if error.type == "missing":
            # A required field is absent: the dict was built with another key (or without it).
            # Unless the field is Optional with no default (required only since pydantic 2,
            # RC308): then leaving it out is what the code means.
            optional = cls is not None and any(
                f.name == field and f.value is None and is_optional_annotation(f.annotation)
                for klass in class_and_bases(ctx, cls)
                for f in class_fields(klass)
            )
            if argument is not None and argument[2]:
                node, where, _keyed = argument
                built = Tracer(ctx, ShapeDetector(field, kind="key")).trace(node, where)
                for prod in built[:3]:
                    if (prod.file, prod.line) in seen or prod.confidence < 0.5:
                        continue
                    seen.add((prod.file, prod.line))
                    yield candidate_from_producer(
                        ctx,
                        prod,
                        rule="RC107",
                        title=f"{prod.function}() {prod.note}",
                        explanation=(
                            f"{model} requires `{error.loc}`, but the data validated into it was built by "
                            f"{prod.function}() at {prod.file}:{prod.line}, which {prod.note}."
                        ),
                        confidence=min(prod.confidence, 0.55) if optional else None,
                    )
            continue
        input_type = re.search(r"input_type=(\w+)", ctx.message)
        detector = EntryDetector(
            field,
            _INPUT_TYPES.get(input_type.group(1)) if input_type else None,
            error.input_value,
        )
        producers: list[Producer] = []
        if argument is not None:
            node, where, keyed = argument
            tracer = Tracer(ctx, detector)
            if keyed:
                tracer.path = (f"key:{field}",)
                producers = tracer.trace(node, where)
            else:
                _pos, keywords = syntax.call_arguments(node)
                if field in keywords:
                    producers = tracer.trace(keywords[field], where)
        if not any(p.confidence >= 0.5 for p in producers):
            producers.extend(_writers(ctx, field, detector))
        for prod in sorted(producers, key=lambda p: -p.confidence)[:4]:
            if (prod.file, prod.line) in seen:
                continue
            seen.add((prod.file, prod.line))
            yield candidate_from_producer(
                ctx,
                prod,
                rule="RC107",
                title=f"{prod.function}() {prod.note}",
                explanation=(
                    f"{model} rejects `{error.loc}` ({error.msg}; input {short(error.input_value, 40)}). "
                    f"{prod.function}() at {prod.file}:{prod.line} {prod.note}."
                ),
            )
