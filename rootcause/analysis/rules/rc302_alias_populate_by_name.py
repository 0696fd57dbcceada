"""RC302: a model with field aliases is built with field names, without populate_by_name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, short
from rootcause.analysis.rules.rc3_fastapi import (
    FieldError,
    ModelField,
    bases_text,
    class_and_bases,
    class_assignment,
    class_fields,
    config_items,
    dict_keys_in,
    error_input,
    find_class,
    loc_errors,
    pydantic_errors,
    qualname_at,
)
from rootcause.model import Candidate, CandidateKind, Evidence

_POPULATE_KEYS = ("populate_by_name", "validate_by_name", "allow_population_by_field_name")


def field_aliases(ctx: AnalysisContext, cls: ClassRef) -> dict[str, ModelField]:
    """alias -> field for ``Field(alias=...)`` / ``Field(validation_alias=...)`` string aliases."""
    out: dict[str, ModelField] = {}
    for klass in class_and_bases(ctx, cls):
        for field in class_fields(klass):
            value = field.value
            if value is None or value.type != "call" or syntax.call_name(value)[0] != "Field":
                continue
            keywords = syntax.call_arguments(value)[1]
            for key in ("alias", "validation_alias"):
                node = keywords.get(key)
                if node is not None and node.type == "string":
                    alias = syntax.text_of(node).strip("\"'")
                    out.setdefault(alias, field)
    return out


def _truthy(text: str) -> bool:
    return text.strip() not in ("False", "None", "0", "")


def populate_setting(ctx: AnalysisContext, cls: ClassRef) -> tuple[str, str, int, str] | None:
    """(key, value, line, file) of a populate_by_name-like config on the class or its bases."""
    for klass in class_and_bases(ctx, cls):
        items = config_items(klass)
        for key in _POPULATE_KEYS:
            if key in items:
                return key, items[key][0], items[key][1], klass.path
    return None


def _request_body_model(ctx: AnalysisContext) -> tuple[ClassRef | None, list[FieldError]]:
    """For a 422 on a request body (``loc: ['body', 'trackingNumber']``): the model declaring
    all the missing names as aliases, and the errors as pydantic would print them."""
    body = [e for e in loc_errors(ctx.message) if e.loc and e.loc[0] == "body" and e.type == "missing" and len(e.loc) >= 2]
    if not body:
        return None, []
    names = {e.loc[-1] for e in body}
    first = sorted(names)[0]
    pattern = re.compile(rf"""alias\s*=\s*['"]{re.escape(first)}['"]""")
    for path in ctx.code.files_matching(pattern):
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            if node.type != "class_definition":
                continue
            cls = ClassRef(path, syntax.qualname_of(node), node, src)
            if names <= set(field_aliases(ctx, cls)):
                return cls, [FieldError(e.loc[-1], e.msg, e.type, error_input(ctx.message, e)) for e in body]
    return None, []


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


@register(
    "RC302",
    name="alias-populate-by-name",
    title="Aliased model built by field name without populate_by_name",
    exceptions=("ValidationError",),
    messages=(r"Field required",),
)
def alias_populate_by_name(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A model with ``Field(alias=...)`` but no ``populate_by_name`` is built with its field names.

    A Pydantic model declares ``Field(alias=...)`` but not ``populate_by_name=True``, and the
    code builds it with the Python field names: validation reports the aliases as missing.

    Why it matters: by default a Pydantic 2 model with aliases accepts *only* the aliases as
    input. Code that constructs it as ``Model(field_name=...)`` (an adapter, a copy, a test)
    gets "Field required" for every aliased field, although the values are right there
    under the field names. The fix is in the model's configuration
    (``model_config = ConfigDict(populate_by_name=True)``, ``validate_by_name=True`` since
    2.11), not at the call.

    Example::

        class Event(BaseModel):                       # <- no populate_by_name
            tracking_number: str = Field(alias="trackingNumber")

        Event(tracking_number="PN1")   # ValidationError: trackingNumber  Field required
    """
    crash = ctx.crash
    model_name, errors = pydantic_errors(ctx.message)
    missing = [e for e in errors if e.type == "missing"]
    cls: ClassRef | None = None
    if model_name is not None and missing:
        cls = find_class(ctx, model_name, crash.path if crash is not None else None)
    else:
        cls, missing = _request_body_model(ctx)
    if cls is None or not missing or "Settings" in bases_text(cls):
        return
    aliases = field_aliases(ctx, cls)
    hits = [(e, aliases[e.loc]) for e in missing if e.loc in aliases]
    # the class whose model_config makes the aliases: where populate_by_name belongs
    owner = cls
    if not hits:
        # An alias_generator (to_camel...) gives camelCase aliases that are not written out.
        items = {k: v for klass in class_and_bases(ctx, cls) for k, v in config_items(klass).items()}
        if "alias_generator" not in items:
            return
        by_camel = {_camel(f.name): f for klass in class_and_bases(ctx, cls) for f in class_fields(klass)}
        hits = [(e, by_camel[e.loc]) for e in missing if e.loc in by_camel and e.loc != by_camel[e.loc].name]
        if not hits:
            return
        owner = next((k for k in class_and_bases(ctx, cls) if "alias_generator" in config_items(k)), cls)
    setting = populate_setting(ctx, cls)
    if setting is not None and _truthy(setting[1]) and setting[0] != "allow_population_by_field_name":
        return
    input_keys: set[str] = set()
    for err, _field in hits:
        input_keys.update(dict_keys_in(err.input_value))
    by_name = [f.name for _e, f in hits if f.name in input_keys]
    confidence = 0.85 if by_name else 0.68
    config_line = None
    node = class_assignment(owner, "model_config")
    if node is not None:
        config_line = (syntax.line_of(node), syntax.end_line_of(node))
    field_lines = sorted(f.line for _e, f in hits if f.node.start_byte >= owner.node.start_byte and f.node.end_byte <= owner.node.end_byte)
    if config_line is not None:
        start, end = config_line
    else:
        start = owner.line
        end = field_lines[-1] if field_lines else owner.line
    names = ", ".join(f"`{e.loc}`" for e, _f in hits[:4])
    evidence: list[Evidence] = []
    if crash is not None:
        evidence.append(crash_evidence(ctx, crash))
    for err, field in hits[:4]:
        evidence.append(Evidence(cls.path, field.line, f"`{field.name}` only accepts its alias `{err.loc}` as input"))
    if setting is not None:
        evidence.append(Evidence(setting[3], setting[2], f"`{setting[0]}={setting[1]}` is a pydantic v1 key: pydantic 2 wants populate_by_name"))
    elif config_line is not None:
        inherited = f" (inherited by {cls.name})" if owner is not cls else ""
        evidence.append(Evidence(owner.path, config_line[0], f"model_config sets the aliases but no populate_by_name=True{inherited}"))
    if by_name:
        evidence.append(Evidence(crash.path if crash else cls.path, crash.line if crash else cls.line,
                                 f"the input uses the field names ({', '.join(by_name[:4])}), not the aliases"))
    yield Candidate(
        file=owner.path,
        line=start,
        end_line=max(start, end),
        function=owner.qualname,
        rule="RC302",
        title=f"{cls.name} has aliases ({names}) but no populate_by_name: field names are rejected",
        explanation=(
            (f"{owner.name}'s model_config sets an alias_generator that {cls.name} inherits (aliases {names}) "
             if owner is not cls else f"{cls.name} declares Field(alias=...) for {names} ")
            + "without `populate_by_name=True`, so Pydantic 2 "
            f"only accepts the alias as input; the code builds it with the Python field names, so each aliased "
            f"field is reported missing ({short(ctx.exc_type + ': ' + ctx.message, 100)})."
        ),
        evidence=tuple(evidence),
        fix=f"Add `populate_by_name=True` (pydantic >= 2.11: `validate_by_name=True`) to {owner.name}'s model_config, or build it with the aliases.",
        kind=CandidateKind.ORIGIN,
        confidence=confidence,
    )
    if crash is not None:
        yield Candidate(
            file=crash.path,
            line=crash.line,
            end_line=crash.line,
            function=qualname_at(ctx, crash.path, crash.line),
            rule="RC302",
            title=f"{cls.name} is built with field names instead of aliases",
            explanation=f"{crash.qualname}() passes the Python field names to {cls.name}, which only accepts its aliases.",
            evidence=(crash_evidence(ctx, crash),),
            fix=f"Pass the aliases here, or enable populate_by_name on {cls.name}.",
            kind=CandidateKind.CONTRIBUTING,
            confidence=0.45,
        )
