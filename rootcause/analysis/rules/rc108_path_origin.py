"""RC108: a file or directory path is wrong: trace the path back to where it was decided."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
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
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

#: Methods of path objects that touch the file system (the receiver is the path).
_PATH_METHODS = frozenset(
    {
        "mkdir",
        "open",
        "read_text",
        "read_bytes",
        "write_text",
        "write_bytes",
        "iterdir",
        "unlink",
        "rmdir",
        "rename",
        "replace",
        "touch",
        "stat",
        "glob",
        "rglob",
        "chmod",
    }
)
#: Functions whose first argument is the path.
_PATH_FUNCTIONS = frozenset(
    {
        "open",
        "mkdir",
        "makedirs",
        "listdir",
        "scandir",
        "remove",
        "unlink",
        "rmdir",
        "stat",
        "copy",
        "copyfile",
        "copytree",
        "move",
        "rmtree",
        "chdir",
        "load",
        "connect",
    }
)
#: Calls that build a path from their arguments (the path's origin is in the arguments).
_PATH_BUILDERS = frozenset(
    {"Path", "PurePath", "join", "expanduser", "resolve", "abspath", "joinpath", "str", "fspath"}
)
_MESSAGE_PATH = re.compile(
    r"""(?:No such file or directory|Not a directory|Is a directory|Permission denied)[^'"]*['"]([^'"]+)['"]"""
)


def _env_key(node: Node) -> tuple[str, bool] | None:
    """(variable name, has a default) when ``node`` reads the environment."""
    if node.type == "call":
        name, receiver = syntax.call_name(node)
        positional, keywords = syntax.call_arguments(node)
        if (
            (
                (name == "getenv" and receiver in ("os", None))
                or (name == "get" and receiver in ("os.environ", "environ"))
            )
            and positional
            and positional[0].type == "string"
        ):
            return string_value(positional[0]), len(positional) > 1 or "default" in keywords
    if node.type == "subscript":
        value = node.child_by_field_name("value")
        index = node.child_by_field_name("subscript")
        if (
            syntax.text_of(value) in ("os.environ", "environ")
            and index is not None
            and index.type == "string"
        ):
            return string_value(index), False
    return None


class PathDetector(Detector):
    """Where the path came from: an environment read, a literal, a default."""

    name = "path"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        env = _env_key(node)
        if env is not None:
            key, has_default = env
            at_import = where.func is None
            note = f"the path comes from ${key}" + (" (or its default)" if has_default else "")
            if at_import:
                note += ", read once when the module is imported"
            capture = next(
                (
                    i
                    for i in range(len(chain) - 1, -1, -1)
                    if chain[i].function == "<module>" and where.func is not None
                ),
                None,
            )
            if capture is not None:
                # ``ROOT = get_settings().dir`` at module level: the function reading the
                # environment ran once, at import; later overrides never reach this copy.
                step = chain[capture]
                return [
                    Producer(
                        step.file,
                        step.line,
                        step.line,
                        step.function,
                        "captured at import",
                        f"{step.note}: computed once, when the module is imported, from "
                        f"{where.function}() (which reads ${key}); a value configured later "
                        "(environment override, cleared cache) never reaches this copy",
                        0.74,
                        chain[:capture],
                        (Step(where.path, syntax.line_of(node), note, where.function),),
                        fix=f"Call {where.function}() where the path is used instead of "
                        "copying its value into a module-level constant at import time.",
                    ),
                    tracer.producer(where, node, "environment", note, 0.5, chain),
                ]
            return [
                tracer.producer(
                    where,
                    node,
                    "environment",
                    note,
                    0.7 if at_import else 0.6,
                    chain,
                    fix=f"Check ${key} (and its default); read it when the path is used, not at import time.",
                )
            ]
        if node.type in ("string", "concatenated_string"):
            return [
                tracer.producer(
                    where,
                    node,
                    "literal path",
                    f"the path is the literal `{short(syntax.text_of(node), 50)}`",
                    0.45,
                    chain,
                    fix="Make the location configurable, or create it before use.",
                )
            ]
        if node.type == "binary_operator":
            operator = syntax.text_of(node.child_by_field_name("operator"))
            # ``root / name``: the sub-path is data; where the root points is the decision.
            for side in ("left",) if operator == "/" else ("left", "right"):
                part = node.child_by_field_name(side)
                if part is not None and part.type not in ("string", "integer"):
                    tracer.walk_more(part, where, chain)
            return []
        if node.type == "call":
            name, _receiver = syntax.call_name(node)
            if name in _PATH_BUILDERS:
                positional, keywords = syntax.call_arguments(node)
                parts = list(positional) or list(keywords.values())
                func = node.child_by_field_name("function")
                if not parts and func is not None and func.type == "attribute":
                    obj = func.child_by_field_name("object")
                    parts = [obj] if obj is not None else []
                for part in parts[:3]:
                    tracer.walk_more(part, where, chain)
                return []
        return None


def _failing_paths(ctx: AnalysisContext) -> list[Node]:
    sf = ctx.crash
    if sf is None:
        return []
    out: list[Node] = []
    for node in crash_node_candidates(ctx, sf):
        if node.type != "call":
            continue
        name, receiver = syntax.call_name(node)
        positional, _kw = syntax.call_arguments(node)
        func = node.child_by_field_name("function")
        if (
            name in _PATH_METHODS
            and func is not None
            and func.type == "attribute"
            and receiver not in ("os", "shutil", "os.path")
        ):
            obj = func.child_by_field_name("object")
            if obj is not None:
                out.append(obj)
        elif name in _PATH_FUNCTIONS and positional:
            out.append(positional[0])
    return out[:3]


def _runtime_env_writes(ctx: AnalysisContext, key: str) -> Iterator[tuple[str, Node, str]]:
    """``os.environ["KEY"] = ...`` / ``os.environ.setdefault("KEY", ...)`` inside functions."""
    for path in ctx.code.files_matching(
        re.compile(rf"""environ(?:\[|\.setdefault\(|\.update\().{{0,3}}{re.escape(key)}""")
    )[:10]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            hit = False
            if node.type == "assignment":
                left = node.child_by_field_name("left")
                hit = left is not None and _env_key(left) == (key, False)
            elif node.type == "call":
                name, receiver = syntax.call_name(node)
                positional, _kw = syntax.call_arguments(node)
                hit = (
                    name == "setdefault"
                    and receiver in ("os.environ", "environ")
                    and bool(positional)
                    and positional[0].type == "string"
                    and string_value(positional[0]) == key
                )
            if not hit:
                continue
            fn = syntax.enclosing_function(node)
            if fn is not None:
                yield path, node, syntax.qualname_of(fn)


@register(
    "RC108",
    name="path-origin",
    title="A file path is wrong where it was decided (environment, import time, literal)",
    exceptions=("FileNotFoundError", "NotADirectoryError", "IsADirectoryError", "PermissionError"),
    messages=(r"No such file or directory",),
)
def path_origin(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A file or directory does not exist (or is not writable): finds where the path was decided.

    Why it matters: ``FileNotFoundError`` is raised by ``mkdir``/``open``, but the path was
    built elsewhere: from an environment variable read once at import time (so a later
    ``os.environ[...] = ...`` override is ignored), from a default meant for another
    machine, or from a hard-coded literal. The rule traces the path argument back through
    ``Path(...)``, ``/`` and ``os.path.join`` to that place, and points at code that sets
    the variable only after the module has read it.

    Example::

        EXPORT_DIR = Path(os.getenv("EXPORT_DIR", "/srv/exports"))   # <- read at import

        def main(args):
            os.environ["EXPORT_DIR"] = args.out                     # too late
            (EXPORT_DIR / "2024").mkdir()                           # FileNotFoundError
    """
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
    tracer = Tracer(ctx, PathDetector())
    producers: list[Producer] = []
    for expr in _failing_paths(ctx):
        producers.extend(tracer.trace(expr, where))
    seen: set[tuple[str, int]] = set()
    for prod in sorted(producers, key=lambda p: -p.confidence)[:4]:
        if (prod.file, prod.line) in seen:
            continue
        seen.add((prod.file, prod.line))
        env_match = re.search(r"\$(\w+)", prod.note)
        writes = (
            list(_runtime_env_writes(ctx, env_match.group(1)))
            if env_match and prod.function == "<module>"
            else []
        )
        confidence = prod.confidence
        extra: list[Evidence] = []
        for path, node, qual in writes[:2]:
            extra.append(
                Evidence(
                    path,
                    syntax.line_of(node),
                    f"{qual}() sets ${env_match.group(1) if env_match else ''} at run time, after the module read it",
                )
            )
            confidence = 0.85
        cand = candidate_from_producer(
            ctx,
            prod,
            rule="RC108",
            title=f"{prod.note} ({prod.function})",
            explanation=f"{ctx.exc_type}: {short(ctx.message, 100)}. {prod.note}.",
            confidence=confidence,
        )
        if extra:
            cand = replace(cand, evidence=(*cand.evidence, *extra))
        yield cand
        for path, node, qual in writes[:2]:
            line = syntax.line_of(node)
            yield Candidate(
                file=path,
                line=line,
                end_line=syntax.end_line_of(node),
                function=qual,
                rule="RC108",
                title=f"{qual}() overrides the environment after the path was already read",
                explanation=f"{qual}() sets the variable at run time, but {prod.file} read it at import time, so the override has no effect.",
                evidence=(
                    Evidence(path, line, "sets the environment variable at run time"),
                    Evidence(prod.file, prod.line, prod.note),
                ),
                fix="Pass the value explicitly (or make the module read the variable when it is used).",
                kind=CandidateKind.CONTRIBUTING,
                confidence=0.75,
            )
    if producers:
        yield symptom_at(
            ctx,
            sf,
            rule="RC108",
            title="uses a path that does not exist",
            explanation=f"{short(ctx.message, 120)}.",
            fix="Fix the path where it is decided (above).",
            confidence=0.35,
        )
