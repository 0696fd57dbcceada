"""RC306: configuration read from the environment at import time is missing or misnamed."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef, FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.deployment import env_names_defined
from rootcause.analysis.origin import (
    NoneDetector,
    Producer,
    Step,
    Tracer,
    Where,
    where_in,
)
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, crash_node_candidates, crash_where, short
from rootcause.analysis.rules.rc3_fastapi import (
    class_and_bases,
    class_fields,
    config_items,
    config_line,
    find_class,
    pydantic_errors,
    qualname_at,
)
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

#: Library calls that pass a configuration value through (the None / empty value survives them).
_PASSTHROUGH = frozenset({"urljoin", "join", "str", "Path", "PurePath", "quote", "format", "strip", "rstrip", "lstrip", "int", "float", "bool"})
_ENV_MECHANISMS = ("os.getenv()", "os.environ.get()")


class EnvDetector(NoneDetector):
    """Like :class:`NoneDetector`, but sees through ``urljoin(x, ...)`` / ``str(x)`` and follows
    parameter defaults (``def __init__(self, url=settings.URL)``) to the environment read."""

    name = "env"

    def check(self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]) -> list[Producer] | None:
        found = super().check(tracer, node, where, chain)
        if found is not None:
            return found
        if node.type == "call":
            name, receiver = syntax.call_name(node)
            if name in _PASSTHROUGH and not any(isinstance(t, FuncRef) for t in tracer.resolve_call(node, where)):
                positional, _kw = syntax.call_arguments(node)
                if receiver is not None and name in ("strip", "rstrip", "lstrip", "format", "join"):
                    obj = node.child_by_field_name("function")
                    target = obj.child_by_field_name("object") if obj is not None else None
                    if target is not None and name != "join":
                        tracer.walk_more(target, where, chain)
                        return []
                for arg in positional[:1]:
                    tracer.walk_more(arg, where, chain)
                return []
        if node.type == "string" and any(c.type == "interpolation" for c in node.named_children):
            for interp in node.named_children:
                if interp.type == "interpolation" and interp.named_children:
                    tracer.walk_more(interp.named_children[0], where, chain)
            return []
        return None

    def on_parameter(self, tracer: Tracer, func: FuncRef, param: syntax.ParamInfo, chain: tuple[Step, ...]) -> list[Producer]:
        if param.default is not None and param.default.type != "none":
            step = Step(func.path, syntax.line_of(param.default), f"`{param.name}` defaults to `{short(syntax.text_of(param.default), 50)}`", func.qualname)
            tracer.walk_more(param.default, where_in(tracer.ctx, func), (*chain, step))
        return super().on_parameter(tracer, func, param, chain)


def _similar_env(ctx: AnalysisContext, key: str) -> tuple[str, str, int] | None:
    """An environment name the deployment files set that looks like ``key`` but differs."""
    defined = env_names_defined(ctx)
    if key in defined:
        return None
    close = difflib.get_close_matches(key, list(defined), n=1, cutoff=0.6)
    if not close:
        return None
    name = close[0]
    return name, defined[name][0], defined[name][1]


def _env_key(text: str) -> str:
    match = re.search(r"""['"]([A-Za-z_][\w]*)['"]""", text)
    return match.group(1) if match else ""


def _keyerror_environ(ctx: AnalysisContext) -> Iterator[Candidate]:
    sf = ctx.crash
    if sf is None or ctx.exc_type != "KeyError":
        return
    src = ctx.code.source(sf.path)
    if src is None:
        return
    line_text = src.line(sf.line)
    key = ctx.message.strip().strip("'\"")
    if "environ" not in line_text:
        return
    at_import = sf.qualname == "<module>" or any(s.qualname == "<module>" for s in ctx.stack[1:2])
    evidence = [crash_evidence(ctx, sf)]
    similar = _similar_env(ctx, key)
    if similar is not None:
        evidence.append(Evidence(similar[1], similar[2], f"the deployment sets {similar[0]}, not {key}"))
    yield Candidate(
        file=sf.path, line=sf.line, end_line=sf.line, function=sf.qualname, rule="RC306",
        title=f"`{key}` is read from the environment {'at import time ' if at_import else ''}and is not set",
        explanation=(
            f"{sf.path}:{sf.line} reads os.environ[{key!r}]"
            + (" while the module is imported" if at_import else "")
            + "; the variable is not set in the environment the process runs in, so the import fails with KeyError."
            + (f" The deployment files set {similar[0]} instead." if similar else "")
        ),
        evidence=tuple(evidence),
        fix=f"Set {key} in the environment (or .env / deployment config), or read it with a default and validate "
        "it at start-up (pydantic-settings) instead of at import time.",
        kind=CandidateKind.ORIGIN, confidence=0.85,
    )


_NAMED_MISSING_RE = re.compile(
    r"""(?:[Ee]nvironment variable|[Ee]nv(?:ironment)? var|[Ss]et the)\s+['"]?([A-Z][A-Z0-9_]{2,})['"]?"""
    r"""|['"]?([A-Z][A-Z0-9_]{2,})['"]?\s+(?:not found|is not set|not set|is missing|is required)"""
)


def _named_env_missing(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A config library says a variable is missing (environs, decouple, Django...): the line reading it."""
    match = _NAMED_MISSING_RE.search(ctx.message)
    if match is None or ctx.exc_type == "KeyError":
        return
    key = match.group(1) or match.group(2)
    for sf in ctx.stack:
        src = ctx.code.source(sf.path)
        if src is None or key not in src.line(sf.line):
            continue
        similar = _similar_env(ctx, key)
        evidence = [crash_evidence(ctx, sf)]
        if similar is not None:
            evidence.append(Evidence(similar[1], similar[2], f"the deployment sets {similar[0]}, not {key}"))
        at_import = sf.qualname == "<module>"
        yield Candidate(
            file=sf.path, line=sf.line, end_line=sf.line, function=sf.qualname, rule="RC306",
            title=f"`{key}` is required from the environment{' at import time' if at_import else ''} and is not set",
            explanation=(
                f"{sf.path}:{sf.line} reads {key} from the environment; it is not set where the process runs: "
                f"{ctx.exc_type}: {short(ctx.message, 100)}"
                + (f" The deployment files set {similar[0]} instead." if similar else "")
            ),
            evidence=tuple(evidence),
            fix=f"Set {key} in the environment (or .env / deployment config), or give it a default.",
            kind=CandidateKind.ORIGIN, confidence=0.78 if similar else 0.7,
        )
        return


def _is_settings_class(ctx: AnalysisContext, cls: ClassRef) -> bool:
    for klass in class_and_bases(ctx, cls):
        text = syntax.text_of(klass.node.child_by_field_name("superclasses"))
        if "BaseSettings" in text:
            return True
    return False


def _instantiations(ctx: AnalysisContext, cls: ClassRef) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for sf in ctx.stack:
        src = ctx.code.source(sf.path)
        if src is not None and re.search(rf"\b{re.escape(cls.name)}\s*\(", src.line(sf.line)):
            out.append((sf.path, sf.line))
    return out


_PARSE_ERROR_RE = re.compile(r"""error parsing value for field ["'](\w+)["'](?: from source ["'](\w+)["'])?""")
#: Annotations pydantic-settings decodes as JSON when they come from the environment.
_COMPLEX_RE = re.compile(r"^\s*(?:list|dict|set|tuple|frozenset|List|Dict|Set|Tuple|Sequence|Mapping)\b")


def _settings_classes_at_crash(ctx: AnalysisContext) -> Iterator[ClassRef]:
    """Settings classes instantiated on the in-app frames (innermost first)."""
    for sf in ctx.stack[:3]:
        for node in crash_node_candidates(ctx, sf):
            if node.type != "call":
                continue
            name, _receiver = syntax.call_name(node)
            if not name or not name[:1].isupper():
                continue
            cls = find_class(ctx, name, sf.path)
            if cls is not None and _is_settings_class(ctx, cls):
                yield cls


def _settings_parse_error(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``error parsing value for field "x"``: the field's declared type vs the value in the environment."""
    match = _PARSE_ERROR_RE.search(ctx.message)
    if match is None:
        return
    field_name, source = match.group(1), match.group(2) or "the environment"
    for cls in _settings_classes_at_crash(ctx):
        fields = {f.name: f for klass in class_and_bases(ctx, cls) for f in class_fields(klass)}
        field = fields.get(field_name)
        if field is None:
            continue
        owner = next((k for k in class_and_bases(ctx, cls) if any(f.name == field_name for f in class_fields(k))), cls)
        annotation = field.annotation or "?"
        complex_type = bool(_COMPLEX_RE.search(annotation))
        evidence: list[Evidence] = []
        if ctx.crash is not None:
            evidence.append(crash_evidence(ctx, ctx.crash))
        note = f"`{field_name}: {annotation}` is a complex type: pydantic-settings JSON-decodes its value from {source}" if complex_type else f"`{field_name}` is declared `{annotation}`"
        evidence.append(Evidence(owner.path, field.line, note))
        deployed = env_names_defined(ctx).get(field_name.upper())
        if deployed is not None:
            evidence.append(Evidence(deployed[0], deployed[1], f"the deployment sets {field_name.upper()} here, in a form the field cannot parse"))
        yield Candidate(
            file=owner.path, line=field.line, end_line=field.line, function=owner.qualname, rule="RC306",
            title=f"{owner.name}.{field_name} is declared `{annotation}`; the value from {source} does not parse as that"
            + (" (JSON expected)" if complex_type else ""),
            explanation=(
                f"{cls.name}() fails while reading its settings: {short(ctx.message, 100)}. "
                + (f"A `{annotation}` field is read from the environment as JSON, so a plain value such as "
                   "a comma-separated list fails." if complex_type else "The value set for it does not match its type.")
            ),
            evidence=tuple(evidence),
            fix=(f"Either set {field_name.upper()} as JSON, or declare the field to take the plain string (e.g. "
                 "`Annotated[list[str], NoDecode]` with a validator that splits it)." if complex_type
                 else f"Make {field_name.upper()} match the type of {owner.name}.{field_name}, or change the type."),
            kind=CandidateKind.ORIGIN, confidence=0.82 if complex_type else 0.7,
        )
        return


def _settings_missing(ctx: AnalysisContext) -> Iterator[Candidate]:
    model_name, errors = pydantic_errors(ctx.message)
    missing = [e for e in errors if e.type == "missing"]
    if model_name is None or not missing:
        return
    crash = ctx.crash
    cls = find_class(ctx, model_name, crash.path if crash is not None else None)
    if cls is None or not _is_settings_class(ctx, cls):
        return
    items = {k: v for klass in reversed(list(class_and_bases(ctx, cls))) for k, v in config_items(klass).items()}
    prefix_item = items.get("env_prefix")
    prefix = prefix_item[0].strip("\"'") if prefix_item else ""
    defined = env_names_defined(ctx)
    fields = {f.name: f for klass in class_and_bases(ctx, cls) for f in class_fields(klass)}
    names = [e.loc for e in missing]
    expected = [(prefix + n).upper() for n in names]
    instances = _instantiations(ctx, cls)
    at_module = any(qualname_at(ctx, p, ln) == "<module>" for p, ln in instances)
    evidence: list[Evidence] = []
    if crash is not None:
        evidence.append(crash_evidence(ctx, crash))
    for name in names[:4]:
        if name in fields:
            evidence.append(Evidence(cls.path, fields[name].line, f"`{name}` is required: read from ${(prefix + name).upper()}"))
    # The deployment's name for each missing field: the bare name, or the name under another prefix.
    deployed: dict[str, str] = {}
    for n in names:
        upper = n.upper()
        options = sorted(d for d in defined if d == upper or d.endswith("_" + upper))
        if options:
            deployed[n] = options[0]
    if deployed and len(deployed) == len(names):
        their = [deployed[n] for n in names]
        their_prefixes = sorted({deployed[n][: len(deployed[n]) - len(n)] for n in names})
        where = defined[their[0]]
        shown = "without a prefix" if their_prefixes == [""] else "with the prefix " + "/".join(p for p in their_prefixes if p)
        evidence.append(Evidence(where[0], where[1], f"the deployment sets {', '.join(their[:3])} ({shown})"))
        target = prefix_item[1] if prefix_item is not None else (config_line(cls) or cls.line)
        label = f"env_prefix={prefix!r}" if prefix_item is not None else "no env_prefix"
        yield Candidate(
            file=cls.path, line=target, end_line=target, function=cls.qualname, rule="RC306",
            title=f"{label} makes {cls.name} look for {', '.join(expected[:3])}, the deployment sets {', '.join(their[:3])}",
            explanation=(
                f"{cls.name} is a pydantic-settings class "
                + (f"with env_prefix={prefix!r}" if prefix else "without env_prefix")
                + f", so its required fields are read from {', '.join(expected[:3])}; the deployment provides "
                f"{', '.join(their[:3])} {shown}, so the fields are missing when the settings are instantiated"
                + (" at import time." if at_module else ".")
            ),
            evidence=tuple(evidence),
            fix=f"Make the names agree: set env_prefix to what the deployment uses ({their_prefixes[0]!r}) in "
            f"{cls.name}, or rename the variables in the deployment to {', '.join(expected[:3])}.",
            kind=CandidateKind.ORIGIN, confidence=0.88,
        )
        return
    target_site = instances[0] if instances else (cls.path, cls.line)
    function = qualname_at(ctx, target_site[0], target_site[1])
    yield Candidate(
        file=target_site[0], line=target_site[1], end_line=target_site[1], function=function, rule="RC306",
        title=f"{cls.name}() is instantiated {'at import time ' if at_module else ''}without {', '.join(expected[:3])} in the environment",
        explanation=(
            f"{cls.name} requires {', '.join('`' + n + '`' for n in names[:4])}, read from the environment variables "
            f"{', '.join(expected[:4])}" + (f" (env_prefix={prefix!r})" if prefix else "")
            + "; they are not set where the process runs"
            + (", and the instance is created while the module is imported, so every import of it fails." if at_module else ".")
        ),
        evidence=tuple(evidence + ([Evidence(cls.path, prefix_item[1], f"env_prefix={prefix!r}")] if prefix_item else [])),
        fix=f"Provide {', '.join(expected[:3])} (environment, .env via env_file=...), give the fields defaults, or "
        "create the settings lazily (a cached get_settings() dependency) instead of at import time.",
        kind=CandidateKind.ORIGIN, confidence=0.6,
    )
    if prefix_item is not None and prefix:
        yield Candidate(
            file=cls.path, line=prefix_item[1], end_line=prefix_item[1], function=cls.qualname, rule="RC306",
            title=f"env_prefix={prefix!r}: {cls.name} reads {', '.join(expected[:3])}",
            explanation=f"With env_prefix={prefix!r} the fields are read from {', '.join(expected[:3])}; check that the environment uses the prefix.",
            evidence=(Evidence(cls.path, prefix_item[1], f"env_prefix={prefix!r}"),),
            fix="Align env_prefix with the variable names the deployment sets.",
            kind=CandidateKind.CONTRIBUTING, confidence=0.5,
        )


def _traced_env(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A value read with os.getenv()/environ.get() without default reaches the crash as None."""
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
    nodes: list[Node] = []
    for node in crash_node_candidates(ctx, sf):
        if node.type == "call":
            positional, keywords = syntax.call_arguments(node)
            nodes.extend(positional[:2])
            nodes.extend(v for k, v in keywords.items() if k in ("url", "base_url", "dsn", "path"))
    tracer = Tracer(ctx, EnvDetector())
    seen: set[tuple[str, int]] = set()
    for expr in nodes[:4]:
        for prod in tracer.trace(expr, where):
            if prod.mechanism not in _ENV_MECHANISMS or (prod.file, prod.line) in seen:
                continue
            seen.add((prod.file, prod.line))
            psrc = ctx.code.source(prod.file)
            key = _env_key(psrc.line(prod.line).split("getenv", 1)[-1].split("get(", 1)[-1]) if psrc is not None else ""
            similar = _similar_env(ctx, key) if key else None
            evidence = [crash_evidence(ctx, sf)] + [Evidence(s.file, s.line, s.note) for s in prod.evidence]
            if similar is not None:
                evidence.append(Evidence(similar[1], similar[2], f"the deployment sets {similar[0]}, not {key}"))
            at_import = prod.function == "<module>"
            yield Candidate(
                file=prod.file, line=prod.line, end_line=prod.line, function=prod.function, rule="RC306",
                title=f"`{key or 'the setting'}` is None: os.getenv() without a default{' at import time' if at_import else ''}",
                explanation=(
                    f"{prod.note}"
                    + (" (read once when the module is imported)" if at_import else "")
                    + f"; the None flows into {sf.qualname}() at {sf.path}:{sf.line} and fails there: "
                    f"{ctx.exc_type}: {short(ctx.message, 100)}."
                    + (f" The deployment files set {similar[0]}, not {key}." if similar else "")
                ),
                evidence=tuple(evidence),
                fix=f"Read the variable the deployment sets{' (' + similar[0] + ')' if similar else ''}, and fail fast "
                f"at start-up when {key or 'it'} is missing (os.environ[...] or a required pydantic-settings field).",
                kind=CandidateKind.ORIGIN, confidence=0.85 if similar else 0.72,
            )


@register(
    "RC306",
    name="settings-at-import",
    title="Configuration read from the environment at import time is missing",
    exceptions=("KeyError", "ValidationError", "SettingsError", "UnsupportedProtocol", "InvalidURL", "ArgumentError", "TypeError",
                "ValueError", "AttributeError", "MissingSchema", "InvalidSchema", "LocalProtocolError"),
    messages=(r"NoneType", r"URL", r"protocol", r"[Ee]nvironment variable", r"not found\. Declare it as envvar"),
)
def settings_at_import(ctx: AnalysisContext) -> Iterator[Candidate]:
    """Configuration read from the environment at import time is missing or misnamed.

    Settings read from the environment when a module is imported are missing or named
    differently from what the deployment sets: ``os.environ["X"]`` (KeyError at import),
    ``os.getenv("X")`` (None flowing into ``urljoin`` / ``create_engine`` / ``int()``), or a
    pydantic-settings class whose required fields (with its ``env_prefix``) are not set.

    Why it matters: the crash happens during import (uvicorn start-up, test collection) or
    much later where the None is used (an HTTP client complaining about a relative URL);
    the fix is the configuration: the variable's name, its prefix, a default, or reading
    it lazily. The rule also compares with the names the repo's deployment files
    (``.env``, ``docker-compose.yml``, ``deploy/*.env``) actually set.

    Example::

        # config.py
        RATES_API = os.getenv("RATES_API")                # <- the deployment sets RATES_API_URL

        httpx.get(urljoin(RATES_API, "/latest"))          # UnsupportedProtocol
    """
    seen: set[tuple[str, int]] = set()
    for gen in (_keyerror_environ(ctx), _settings_parse_error(ctx), _settings_missing(ctx), _traced_env(ctx), _named_env_missing(ctx)):
        for cand in gen:
            if (cand.file, cand.line) not in seen:
                seen.add((cand.file, cand.line))
                yield cand
