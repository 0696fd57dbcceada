"""Well-formedness checks of a loaded case beyond its schema: does the gold point at real code?

Used by the eval's own tests (``tests/evaluation/test_case_format.py``); cheap (parses only the
gold files, no index).
"""

from __future__ import annotations

from rootcause.evaluation.cases import MODULE_SCOPE, Case, GoldLocation
from rootcause.index.symbols import ClassDef, FunctionDef, ModuleSymbols
from rootcause.workspace import Workspace


def scope_at(symbols: ModuleSymbols, line: int) -> str:
    """The qualified scope of ``line``: innermost function, else innermost class, else ``<module>``.

    This is the convention of ``gold.function``: code in a class body outside any method
    belongs to the class (``Order``), code outside any def or class to ``<module>``.
    """
    function = symbols.function_at(line)
    if function is not None:
        return function.qualname
    best = None
    for cls in symbols.classes:
        if cls.span.contains_line(line) and (
            best is None or cls.span.start_line >= best.span.start_line
        ):
            best = cls
    return best.qualname if best is not None else MODULE_SCOPE


def decorated_scope(symbols: ModuleSymbols, lines: list[str], line: int) -> str | None:
    """The function or class that a decorator line (``@app.get(...)``) belongs to, if any.

    Index spans start at ``def``/``class``; a decorator above them belongs to that definition
    when no blank line separates them.
    """
    definitions: list[FunctionDef | ClassDef] = [*symbols.functions, *symbols.classes]
    following = [
        (d.span.start_line, d.qualname, d.decorators)
        for d in definitions
        if d.span.start_line > line
    ]
    if not following:
        return None
    start, qualname, decorators = min(following)
    between = lines[line - 1 : start - 1]
    if decorators and between and all(text.strip() for text in between):
        return qualname
    return None


def module_symbols(workspace: Workspace, path: str) -> ModuleSymbols | None:
    """Symbols of one repo file, parsed on its own (its module name is not needed here)."""
    from rootcause.index.extract import extract_symbols

    real = workspace.safe_path(path)
    if real is None:
        return None
    return extract_symbols(real.read_bytes(), path, "")


def gold_problems(case: Case) -> list[str]:
    """What is wrong with the case's gold locations (empty when they point at real code)."""
    workspace = Workspace(case.repo)
    problems: list[str] = []
    for gold in case.gold:
        problems.extend(_gold_location_problems(workspace, gold))
    return problems


def _gold_location_problems(workspace: Workspace, gold: GoldLocation) -> list[str]:
    where = f"gold {gold.file}:{gold.start_line}-{gold.end_line}"
    lines = workspace.read_lines(gold.file)
    if workspace.safe_path(gold.file) is None:
        return [f"{where}: no such file in the case's repo"]
    if gold.end_line > len(lines):
        return [f"{where}: the file has only {len(lines)} lines"]
    if all(not lines[n - 1].strip() for n in range(gold.start_line, gold.end_line + 1)):
        return [f"{where}: the lines are blank"]
    if not gold.file.endswith(".py"):
        return []  # a requirements file, a template...: no scope to check
    symbols = module_symbols(workspace, gold.file)
    if symbols is None:
        return [f"{where}: cannot read the file"]
    scopes: set[str] = set()
    for n in range(gold.start_line, gold.end_line + 1):
        scopes.add(scope_at(symbols, n))
        decorated = decorated_scope(symbols, lines, n)
        if decorated is not None:
            scopes.add(decorated)
    if gold.function not in scopes:
        found = ", ".join(sorted(scopes))
        return [f"{where}: function {gold.function!r} is not at those lines (found {found})"]
    return []
