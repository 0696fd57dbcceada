"""RC308: pydantic v1 APIs and config keys used with pydantic 2."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef
from rootcause.analysis.context import AnalysisContext, StackFrame
from rootcause.analysis.origin import is_optional_annotation
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, crash_node_candidates, short
from rootcause.analysis.rules.rc3_fastapi import (
    class_and_bases,
    class_assignment,
    class_fields,
    config_items,
    dict_keys_in,
    find_class,
    inner_class,
    pydantic_errors,
)
from rootcause.model import Candidate, CandidateKind, Evidence

#: v1 ``ModelField`` attributes -> what pydantic 2's ``FieldInfo`` offers instead.
V1_FIELD_ATTRS = {
    "required": "is_required()",
    "outer_type_": "annotation",
    "type_": "annotation",
    "field_info": "the FieldInfo itself",
    "allow_none": "the annotation (Optional[...])",
    "shape": "the annotation (typing.get_origin)",
    "sub_fields": "the annotation's arguments",
    "model_config": "the model's model_config",
    "validators": "the model's __pydantic_decorators__",
    "pre_validators": "the model's __pydantic_decorators__",
    "post_validators": "the model's __pydantic_decorators__",
    "name": "the key of model_fields",
    "has_alias": "alias is not None",
    "get_default": "get_default()",
}
#: v1 ``class Config`` keys that pydantic 2 removed or renamed (-> consequence / replacement).
V1_CONFIG_KEYS = {
    "fields": "removed: the aliases it declared no longer exist (use Field(alias=...) / alias_generator)",
    "orm_mode": "renamed from_attributes",
    "allow_population_by_field_name": "renamed populate_by_name",
    "anystr_strip_whitespace": "renamed str_strip_whitespace",
    "anystr_lower": "renamed str_to_lower",
    "min_anystr_length": "renamed str_min_length",
    "max_anystr_length": "renamed str_max_length",
    "schema_extra": "renamed json_schema_extra",
    "validate_all": "renamed validate_default",
    "allow_mutation": "replaced by frozen",
    "underscore_attrs_are_private": "removed",
    "smart_union": "removed",
    "copy_on_model_validation": "removed",
    "error_msg_templates": "removed",
    "getter_dict": "removed",
    "json_loads": "removed",
    "json_dumps": "removed",
    "keep_untouched": "renamed ignored_types",
}
_V1_USER_ERRORS = (
    (r"`regex` is removed", "Field(regex=...) is pydantic v1: use pattern=..."),
    (r"`const` is removed|const.*removed", "Field(const=...) is pydantic v1: use Literal[...]"),
    (r"__root__", "__root__ models are pydantic v1: use RootModel"),
    (r"root_validator", "@root_validator is pydantic v1: use @model_validator(mode=...)"),
    (r"each_item|@validator", "@validator is pydantic v1: use @field_validator"),
    (r"min_items|max_items", "min_items/max_items are pydantic v1: use min_length/max_length"),
    (r"dumps_kwargs", ".json(**kwargs) is pydantic v1: use model_dump_json() or json.dumps(model.model_dump(mode='json'), ...)"),
)
_FIELD_ATTR_RE = re.compile(r"'(FieldInfo|ModelField)' object has no attribute '(\w+)'")


def _class_from_receiver(ctx: AnalysisContext, sf: StackFrame, method: str) -> ClassRef | None:
    for node in crash_node_candidates(ctx, sf):
        if node.type == "call" and syntax.call_name(node)[0] == method:
            receiver = syntax.call_name(node)[1]
            if receiver:
                resolved = ctx.code.resolve_dotted(receiver, sf.path)
                if isinstance(resolved, ClassRef):
                    return resolved
                found = find_class(ctx, receiver, sf.path)
                if found is not None:
                    return found
    return None


def _config_target(cls: ClassRef) -> tuple[int, int, str]:
    """(line, end line, function) of where the model's configuration lives (or the class line)."""
    assign = class_assignment(cls, "model_config")
    if assign is not None:
        return syntax.line_of(assign), syntax.end_line_of(assign), cls.qualname
    config = inner_class(cls, "Config")
    if config is not None:
        return syntax.line_of(config), syntax.end_line_of(config), f"{cls.qualname}.Config"
    return cls.line, cls.line, cls.qualname


def _from_attributes(ctx: AnalysisContext) -> Iterator[Candidate]:
    message = ctx.message
    sf = ctx.crash
    if sf is None:
        return
    cls: ClassRef | None = None
    if "from_attributes" in message or "from_orm" in message:
        cls = _class_from_receiver(ctx, sf, "from_orm") or _class_from_receiver(ctx, sf, "model_validate")
    else:
        model_name, errors = pydantic_errors(message)
        if model_name and any(e.type in ("model_type", "dict_type", "model_attributes_type") and "object" in e.input_value for e in errors):
            cls = find_class(ctx, model_name, sf.path)
    if cls is None:
        return
    items = {k: v for klass in class_and_bases(ctx, cls) for k, v in config_items(klass).items()}
    if "from_attributes" in items and items["from_attributes"][0] == "True":
        return
    line, end, function = _config_target(cls)
    v1 = "orm_mode" in items
    evidence = [crash_evidence(ctx, sf)]
    if v1:
        evidence.append(Evidence(cls.path, items["orm_mode"][1], "orm_mode is the pydantic v1 name of from_attributes"))
    else:
        evidence.append(Evidence(cls.path, line, f"{cls.name}'s configuration has no from_attributes=True"))
    yield Candidate(
        file=cls.path, line=line, end_line=end, function=function, rule="RC308",
        title=f"{cls.name} lacks from_attributes=True (pydantic 2), needed to read ORM objects",
        explanation=(
            f"{sf.qualname}() builds {cls.name} from an object's attributes (v1 `from_orm` / model_validate of an ORM "
            f"object); pydantic 2 only does that when the model's config sets from_attributes=True "
            + ("(the v1 orm_mode key is not it)" if v1 else "and the model's config does not")
            + f": {short(ctx.exc_type + ': ' + message, 100)}"
        ),
        evidence=tuple(evidence),
        fix=f"Add from_attributes=True to {cls.name}'s model_config (ConfigDict(from_attributes=True)); "
        "and replace `.from_orm(obj)` with `.model_validate(obj)`.",
        kind=CandidateKind.ORIGIN, confidence=0.85,
    )
    yield Candidate(
        file=sf.path, line=sf.line, end_line=sf.line, function=sf.qualname, rule="RC308",
        title=f"pydantic v1 API `{cls.name}.from_orm(...)` on pydantic 2" if "from_orm" in (ctx.code.source(sf.path).line(sf.line) if ctx.code.source(sf.path) else "") else f"{cls.name} validated from an object",  # type: ignore[union-attr]
        explanation="from_orm() is the deprecated v1 spelling of model_validate(obj) with from_attributes.",
        evidence=(crash_evidence(ctx, sf),), fix=f"Use {cls.name}.model_validate(obj) (with from_attributes=True in the config).",
        kind=CandidateKind.CONTRIBUTING, confidence=0.45,
    )


def _field_attrs(ctx: AnalysisContext) -> Iterator[Candidate]:
    match = _FIELD_ATTR_RE.search(ctx.message)
    sf = ctx.crash
    if match is None or sf is None or sf.func is None:
        return
    attr = match.group(2)
    src = ctx.code.source(sf.path)
    if src is None:
        return
    # The loop / expression over __fields__ / model_fields that hands out FieldInfo objects.
    start = sf.line
    loop_var: str | None = None
    for node in syntax.walk(sf.func.node, into_functions=False):
        if (
            node.type in ("for_statement", "for_in_clause")
            and re.search(r"__fields__|model_fields", syntax.text_of(node.child_by_field_name("right")))
            and syntax.line_of(node) <= sf.line <= syntax.end_line_of(node)
        ):
            start = syntax.line_of(node)
            left = node.child_by_field_name("left")
            names = [syntax.text_of(n) for n in syntax.walk(left) if n.type == "identifier"] if left is not None else []
            loop_var = names[-1] if names else None
    end = sf.line
    uses: list[tuple[int, str]] = []
    if loop_var:
        for node in syntax.walk(sf.func.node, into_functions=False):
            if node.type == "attribute" and syntax.text_of(node.child_by_field_name("object")) == loop_var:
                name = syntax.text_of(node.child_by_field_name("attribute"))
                if name in V1_FIELD_ATTRS:
                    uses.append((syntax.line_of(node), name))
                    end = max(end, syntax.line_of(node))
    evidence = [crash_evidence(ctx, sf)]
    if start != sf.line:
        evidence.append(Evidence(sf.path, start, "iterates the model's fields: in pydantic 2 the values are FieldInfo, not v1 ModelField"))
    for line, name in uses:
        evidence.append(Evidence(sf.path, line, f"`.{name}` is v1 ModelField API; pydantic 2: {V1_FIELD_ATTRS[name]}"))
    yield Candidate(
        file=sf.path, line=start, end_line=end, function=sf.qualname, rule="RC308",
        title=f"pydantic v1 ModelField API (`.{attr}`) used on pydantic 2 FieldInfo",
        explanation=(
            f"{sf.qualname}() reads `.{attr}` and other v1 ModelField attributes from `__fields__`/`model_fields`; in "
            f"pydantic 2 these values are FieldInfo objects: use {V1_FIELD_ATTRS.get(attr, 'the FieldInfo API')} "
            "(is_required(), annotation, description)."
        ),
        evidence=tuple(evidence),
        fix="Port to pydantic 2: iterate `Model.model_fields.items()` and use field.is_required(), "
        "field.annotation, field.description.",
        kind=CandidateKind.ORIGIN, confidence=0.85,
    )


def _v1_config(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A ValidationError on a model whose ``class Config`` still holds v1-only keys."""
    model_name, errors = pydantic_errors(ctx.message)
    if model_name is None or not errors:
        return
    sf = ctx.crash
    cls = find_class(ctx, model_name, sf.path if sf is not None else None)
    if cls is None:
        return
    config = inner_class(cls, "Config")
    if config is None:
        return
    body = config.child_by_field_name("body")
    missing = {e.loc for e in errors if e.type == "missing"}
    input_keys: set[str] = set()
    for e in errors:
        input_keys.update(dict_keys_in(e.input_value))
    for stmt in body.named_children if body is not None else []:
        if stmt.type != "expression_statement" or not stmt.named_children or stmt.named_children[0].type != "assignment":
            continue
        assign = stmt.named_children[0]
        key = syntax.text_of(assign.child_by_field_name("left"))
        if key not in V1_CONFIG_KEYS:
            continue
        value = assign.child_by_field_name("right")
        # Renamed keys still work in a v2 `class Config` (with a warning): only a removed key
        # that explains the failing fields is an origin.
        confidence = 0.3
        relevant = False
        note = V1_CONFIG_KEYS[key]
        if key == "fields" and value is not None:
            mapped = dict_keys_in(syntax.text_of(value))
            aliases = re.findall(r""":\s*['"]([^'"]+)['"]""", syntax.text_of(value))
            hit = [m for m in mapped if m in missing]
            if hit:
                relevant = True
                confidence = 0.9 if set(aliases) & input_keys else 0.8
                note = (f"Config.fields maps {', '.join(hit[:3])} to aliases, but pydantic 2 removed Config.fields: "
                        f"the input's keys ({', '.join(sorted(set(aliases) & input_keys)[:3]) or 'the aliases'}) are no longer accepted")
        yield Candidate(
            file=cls.path, line=syntax.line_of(stmt), end_line=syntax.end_line_of(stmt), function=f"{cls.qualname}.Config",
            rule="RC308",
            title=f"{cls.name}.Config.{key} is pydantic v1 config ({V1_CONFIG_KEYS[key].split(':')[0]})",
            explanation=(
                f"{cls.name} still configures `{key}` in a v1 `class Config`; under pydantic 2 it is "
                f"{V1_CONFIG_KEYS[key]}. {note[:1].upper()}{note[1:]}. Validation then fails: {short(ctx.message, 90)}"
            ),
            evidence=((crash_evidence(ctx, sf),) if sf is not None else ()) + (Evidence(cls.path, syntax.line_of(stmt), note),),
            fix=("Declare the aliases on the fields (`event_id: str = Field(alias='eventId')`) or with "
                 "model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)."
                 if key == "fields" else f"Move to `model_config = ConfigDict(...)` with the pydantic 2 name ({V1_CONFIG_KEYS[key]})."),
            kind=CandidateKind.ORIGIN if relevant else CandidateKind.CONTRIBUTING, confidence=confidence,
        )


def _optional_without_default(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``note: Optional[str]`` with no default: optional in pydantic 1 (default None),
    required in pydantic 2, so input without the key fails with 'Field required'."""
    model_name, errors = pydantic_errors(ctx.message)
    missing = [e.loc for e in errors if e.type == "missing"]
    if model_name is None or not missing:
        return
    sf = ctx.crash
    cls = find_class(ctx, model_name, sf.path if sf is not None else None)
    if cls is None:
        return
    fields = {f.name: f for klass in class_and_bases(ctx, cls) for f in class_fields(klass)}
    for name in missing[:3]:
        field = fields.get(name)
        if field is None or field.value is not None or not is_optional_annotation(field.annotation):
            continue
        yield Candidate(
            file=cls.path, line=field.line, end_line=field.line, function=cls.qualname, rule="RC308",
            title=f"{cls.name}.{name} is `{field.annotation}` with no default: required in pydantic 2",
            explanation=(
                f"`{name}: {field.annotation}` has no default. Pydantic 1 gave Optional fields a default of "
                f"None; pydantic 2 makes them required (None is allowed, absence is not), so input without "
                f"`{name}` fails: {short(ctx.message, 90)}"
            ),
            evidence=((crash_evidence(ctx, sf),) if sf is not None else ())
            + (Evidence(cls.path, field.line, f"`{name}: {field.annotation}` has no default"),),
            fix=f"Give it a default: `{name}: {field.annotation} = None`.",
            kind=CandidateKind.ORIGIN, confidence=0.84,
        )


def _user_errors(ctx: AnalysisContext) -> Iterator[Candidate]:
    sf = ctx.crash
    if sf is None or (ctx.exc_type != "PydanticUserError" and "dumps_kwargs" not in ctx.message):
        return
    for pattern, text in _V1_USER_ERRORS:
        if re.search(pattern, ctx.message):
            yield Candidate(
                file=sf.path, line=sf.line, end_line=sf.line, function=sf.qualname, rule="RC308",
                title=f"pydantic v1 usage rejected by pydantic 2: {text.split(':')[0]}",
                explanation=f"{text}. {short(ctx.message, 120)}",
                evidence=(crash_evidence(ctx, sf),), fix=text.split(": ", 1)[-1].capitalize() + ".",
                kind=CandidateKind.ORIGIN, confidence=0.75,
            )
            return


@register(
    "RC308",
    name="pydantic-v1-v2",
    title="Pydantic v1 API or config used with pydantic 2",
    exceptions=("PydanticUserError", "ValidationError", "AttributeError"),
    messages=(r"from_attributes", r"FieldInfo", r"ModelField", r"dumps_kwargs"),
)
def pydantic_v1_v2(ctx: AnalysisContext) -> Iterator[Candidate]:
    """Pydantic v1 APIs or config keys used with pydantic 2.

    Code written for pydantic v1 running on pydantic 2: ``from_orm``/``orm_mode`` without
    ``from_attributes``, ``__fields__`` values used as v1 ``ModelField`` (``.required``,
    ``.outer_type_``), a v1 ``class Config`` whose keys pydantic 2 ignores (``fields``
    aliases vanish, ``allow_population_by_field_name``...), removed ``Field`` arguments.

    Why it matters: most v1 spellings still *run* on pydantic 2 with only a deprecation
    warning, so the failure shows up elsewhere: a ValidationError for fields whose v1
    aliases disappeared, "You must set the config attribute `from_attributes=True`",
    "'FieldInfo' object has no attribute 'required'". The rule points at the v1 usage
    and says what pydantic 2 wants instead.

    Example::

        class Sample(BaseModel):
            probe_id: str
            class Config:
                fields = {"probe_id": "probeId"}    # <- v1 only: the alias is gone in pydantic 2
    """
    seen: set[tuple[str, int]] = set()
    for gen in (_from_attributes(ctx), _field_attrs(ctx), _v1_config(ctx), _optional_without_default(ctx),
                _user_errors(ctx)):
        for cand in gen:
            if (cand.file, cand.line) not in seen:
                seen.add((cand.file, cand.line))
                yield cand
