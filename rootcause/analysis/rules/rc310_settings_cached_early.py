"""RC310: cached settings are built at import time, before the program loads its environment."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, short
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

#: ``os.environ.update(...)``, ``load_dotenv(...)``, ``os.environ[k] = v``, ``os.putenv``.
_ENV_WRITES = re.compile(
    r"\b(?:os\.)?environ\.(?:update|setdefault)\s*\(|\bload_dotenv\s*\(|\bputenv\s*\("
    r"|\b(?:os\.)?environ\[[^\]]+\]\s*="
)
_CACHES = ("lru_cache", "cache", "cached")


def _cached_accessors(ctx: AnalysisContext) -> list[FuncRef]:
    """``@lru_cache def get_settings(): return Settings()`` for a BaseSettings class."""
    found: list[FuncRef] = []
    for path in ctx.code.files_matching(re.compile(r"BaseSettings"))[:10]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root, into_functions=False):
            if node.type != "function_definition":
                continue
            decorators = [d.split("(")[0].split(".")[-1] for d in syntax.decorators_of(node)]
            if any(d in _CACHES for d in decorators):
                found.append(FuncRef(path, syntax.qualname_of(node), node, src))
    return found


def _env_writes(ctx: AnalysisContext) -> list[tuple[str, Node, str]]:
    """Statements of the traceback's functions that change the environment: (file, node,
    function). Only the stack is read, so the rule costs nothing when none does."""
    out: list[tuple[str, Node, str]] = []
    for frame in ctx.stack:
        if frame.func is None or not _ENV_WRITES.search(syntax.text_of(frame.func.node)):
            continue
        for node in syntax.walk(frame.func.node, into_functions=False):
            if node.type == "expression_statement" and _ENV_WRITES.search(syntax.text_of(node)):
                out.append((frame.path, node, frame.qualname))
    return out


def _import_time_calls(ctx: AnalysisContext, accessor: FuncRef) -> list[tuple[str, Node]]:
    """Module-level statements of other modules that call ``accessor`` (run at import)."""
    out: list[tuple[str, Node]] = []
    for site in ctx.code.calls_named(accessor.name, limit=40):
        if site.caller is not None or site.path == accessor.path:
            continue
        out.append((site.path, syntax.statement_of(site.call)))
    return out


@register(
    "RC310",
    name="settings-cached-early",
    title="Cached settings are built at import time, before the environment is loaded",
    exceptions=("*",),
    fallback=True,
)
def settings_cached_early(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A settings default reaches the crash because the cached settings were built at import time.

    Why it matters: ``get_settings()`` is decorated ``@lru_cache``; a module calls it at
    import time (``PAGE_SIZE = get_settings().page_size``), and that happens when the
    entry point imports the module, before ``main()`` loads the env file
    (``os.environ.update(...)``, ``load_dotenv()``). The cache then keeps settings built
    from the defaults: the crash shows a default path or URL, and the environment looks
    right. The rule fires when all three are present (a cached settings accessor, a
    function on the traceback's side that changes the environment, and an import-time call)
    and a settings default is among the leads found so far or in the message.

    Example::

        PAGE_SIZE = get_settings().page_size            # <- origin: runs at import

        def main():
            os.environ.update(read_env_file(args.env_file))
            load_orders(get_settings().orders_file)      # still the default path
    """
    sf = ctx.crash
    if sf is None:
        return
    writes = _env_writes(ctx)  # first: cheap, and without it there is nothing to find
    if not writes:
        return
    accessors = _cached_accessors(ctx)
    if not accessors:
        return
    settings_files = {a.path for a in accessors}
    lead = any(c.file in settings_files for c in ctx.found) or any(
        _default_in_message(ctx, path) for path in settings_files
    )
    if not lead:
        return
    write_path, write_node, write_fn = writes[0]
    for accessor in accessors:
        for path, stmt in _import_time_calls(ctx, accessor)[:2]:
            line = syntax.line_of(stmt)
            yield Candidate(
                file=path,
                line=line,
                end_line=syntax.end_line_of(stmt),
                function="<module>",
                rule="RC310",
                title=f"{accessor.name}() is called at import time, before {write_fn}() loads the environment",
                explanation=(
                    f"`{short(syntax.text_of(stmt), 60)}` runs when {path} is imported, which is "
                    f"before {write_fn}() changes the environment ({write_path}:"
                    f"{syntax.line_of(write_node)}). {accessor.name}() is cached, so every later "
                    "call returns settings built from the defaults, and the crash sees a default: "
                    f"{short(ctx.message, 90)}"
                ),
                evidence=(
                    crash_evidence(ctx, sf),
                    Evidence(path, line, f"calls {accessor.name}() at import time"),
                    Evidence(accessor.path, accessor.line, f"{accessor.name}() is cached"),
                    Evidence(
                        write_path,
                        syntax.line_of(write_node),
                        "the environment is loaded only here",
                    ),
                ),
                fix=(
                    f"Call {accessor.name}() inside the functions that need it (not at module level), "
                    "or load the environment before importing the modules that read settings."
                ),
                kind=CandidateKind.ORIGIN,
                confidence=0.78,
            )


def _default_in_message(ctx: AnalysisContext, path: str) -> bool:
    """A string default of the settings module (a path, a URL) appears in the message."""
    text = ctx.workspace.read_text(path) or ""
    return any(
        len(value) > 3 and value in ctx.message
        for value in re.findall(r"""=\s*(?:\w+\()?["']([^"']+)["']""", text)
    )
