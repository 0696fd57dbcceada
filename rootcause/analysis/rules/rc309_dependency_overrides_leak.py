"""RC309: ``app.dependency_overrides`` set by a test or fixture and never cleared."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext, StackFrame
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, short
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_OVERRIDES_RE = re.compile(r"dependency_overrides")
_TEST_PATH_RE = re.compile(r"(^|/)(tests?/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$)")


def is_test_path(path: str) -> bool:
    return bool(_TEST_PATH_RE.search(path))


@dataclass(frozen=True)
class OverrideSet:
    path: str
    line: int
    func: Node | None  # the test / fixture function (None at module level)
    key: str  # the dependency overridden ("get_clock"), or "" for update()/assignment of a dict
    cleared: bool
    receiver: str = ""  # "app" in app.dependency_overrides[...]

    @property
    def qualname(self) -> str:
        return syntax.qualname_of(self.func) if self.func is not None else "<module>"

    @property
    def end_line(self) -> int:
        return syntax.end_line_of(self.func) if self.func is not None else self.line


def _clears(scope: Node, after_byte: int) -> bool:
    """True when ``scope`` removes overrides after ``after_byte`` (clear/pop/del/reset)."""
    for node in syntax.walk(scope, into_functions=False):
        if node.start_byte < after_byte:
            continue
        text = syntax.text_of(node)
        if node.type == "call" and "dependency_overrides" in text and syntax.call_name(node)[0] in ("clear", "pop", "popitem"):
            return True
        if node.type == "delete_statement" and "dependency_overrides" in text:
            return True
        if node.type == "assignment" and re.match(r"[\w.]*dependency_overrides\s*=\s*(\{\s*\}|dict\(\s*\)|\w+)", text):
            return True
    return False


def _is_fixture(func: Node) -> bool:
    return any("fixture" in d for d in syntax.decorators_of(func))


def override_sets(ctx: AnalysisContext) -> list[OverrideSet]:
    found: list[OverrideSet] = []
    for path in ctx.code.files_matching(_OVERRIDES_RE):
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            key: str | None = None
            if node.type == "assignment":
                left = node.child_by_field_name("left")
                if left is not None and left.type == "subscript" and "dependency_overrides" in syntax.text_of(left.child_by_field_name("value")):
                    key = syntax.text_of(left.child_by_field_name("subscript"))
                elif left is not None and syntax.text_of(left).endswith("dependency_overrides"):
                    right = node.child_by_field_name("right")
                    if right is not None and right.type == "dictionary" and right.named_child_count:
                        key = ", ".join(syntax.text_of(p.child_by_field_name("key")) for p in right.named_children if p.type == "pair")
            elif node.type == "call" and syntax.call_name(node)[0] in ("update", "setdefault") and (syntax.call_name(node)[1] or "").endswith("dependency_overrides"):
                key = short(syntax.text_of(node.child_by_field_name("arguments")), 40)
            if key is None:
                continue
            func = syntax.enclosing_function(node)
            scope = func if func is not None else src.root
            receiver = re.match(r"\s*([\w.]*?)\.?dependency_overrides", syntax.text_of(node))
            found.append(OverrideSet(path, syntax.line_of(node), func, key, _clears(scope, node.end_byte),
                                     receiver.group(1) if receiver else ""))
    return found


def _global_cleanup(ctx: AnalysisContext) -> tuple[str, int] | None:
    """An autouse fixture (or teardown hook) that clears the overrides for every test."""
    for path in ctx.code.files_matching(_OVERRIDES_RE):
        src = ctx.code.source(path)
        if src is None:
            continue
        for fn in ctx.code.functions_in(path):
            decorators = " ".join(syntax.decorators_of(fn.node))
            teardown = fn.name in ("teardown_function", "teardown_method", "tearDown", "teardown_module", "pytest_runtest_teardown")
            if ("autouse=True" in decorators or teardown) and _clears(fn.node, fn.node.start_byte):
                return path, fn.line
    return None


def _failing_test(ctx: AnalysisContext) -> StackFrame | None:
    for sf in reversed(ctx.stack):  # outermost first: the test function
        if is_test_path(sf.path) and sf.func is not None:
            return sf
    return None


@register(
    "RC309",
    name="dependency-overrides-leak",
    title="dependency_overrides set in a test without cleanup leaks into later tests",
    exceptions=("*",),
)
def dependency_overrides_leak(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``app.dependency_overrides`` set in a test or fixture and never cleared leaks into later tests.

    A test or fixture sets ``app.dependency_overrides[dep] = fake`` and never removes it; the
    override stays installed on the shared ``app`` and a later, unrelated test fails.

    Why it matters: the failing test is a victim. It passes alone and fails in the full run
    (an unauthenticated request answered 200, a file never written because the storage is
    still the in-memory fake). The cause is the test or fixture that installed the override
    without ``app.dependency_overrides.clear()`` (after ``yield`` in a fixture, or in a
    ``finally``). The rule lists such setters, ignoring the failing test's own and
    suppressed when an autouse fixture clears the overrides.

    Example::

        @pytest.fixture
        def client():
            app.dependency_overrides[get_clock] = lambda: FrozenClock()   # <- never cleared
            with TestClient(app) as c:
                yield c
    """
    victim = _failing_test(ctx)
    if victim is None or victim.func is None:
        return
    sets = [s for s in override_sets(ctx) if not s.cleared and is_test_path(s.path)]
    if not sets or _global_cleanup(ctx) is not None:
        return
    victim_params = {p.name for p in syntax.parameters_of(victim.func.node)}
    victim_text = syntax.text_of(victim.func.node)
    victim_src = ctx.code.source(victim.path)
    module_text = victim_src.text if victim_src is not None else ""
    # A victim fails on what the shared app did (an assertion in the test itself); an
    # exception raised deep in application code is more likely a bug of its own.
    crash = ctx.crash
    asserted = crash is not None and crash.path == victim.path and ctx.exc_type in ("AssertionError", "AssertionFailedError")
    for item in sets:
        if item.func is not None and item.path == victim.path and syntax.line_of(item.func) == victim.func.line:
            continue  # the failing test's own override is not a leak into it
        fixture = item.func is not None and _is_fixture(item.func)
        name = syntax.function_name(item.func) if item.func is not None else "<module>"
        app_name = item.receiver.split(".")[0]
        if app_name and not re.search(rf"\b{re.escape(app_name)}\b", module_text) and not victim_params:
            continue  # the failing test never touches that app
        used_by_victim = fixture and name in victim_params
        confidence = 0.72
        if used_by_victim:
            confidence = 0.35
        elif item.key and item.key.split("[")[0] in victim_text:
            confidence = 0.6  # the victim deals with that dependency itself
        if item.path != victim.path or fixture:
            confidence += 0.05
        if (item.path, item.line) < (victim.path, victim.line):
            confidence += 0.03  # ran earlier in pytest's default (file, definition) order
        if not asserted:
            confidence = min(confidence, 0.35)
        where = "fixture" if fixture else ("test" if item.func is not None else "module")
        evidence = [
            crash_evidence(ctx, ctx.crash) if ctx.crash is not None else Evidence(victim.path, victim.line, "the failing test"),
            Evidence(item.path, item.line, f"sets app.dependency_overrides[{item.key}] and never clears it"),
        ]
        if fixture and item.func is not None:
            evidence.append(Evidence(item.path, syntax.end_line_of(item.func), "no `app.dependency_overrides.clear()` after the yield"))
        yield Candidate(
            file=item.path, line=item.line, end_line=item.end_line, function=item.qualname, rule="RC309",
            title=f"{where} {name}() leaves app.dependency_overrides[{item.key}] installed",
            explanation=(
                f"{item.path}:{item.line} overrides `{item.key}` in app.dependency_overrides and nothing clears it, "
                f"so the override outlives {name}() and is still active when {victim.qualname}() runs: the failing "
                "test is a victim of the leaked override, not the culprit."
            ),
            evidence=tuple(evidence),
            fix=("Remove the override after use: `yield ...` then `app.dependency_overrides.clear()` (or `.pop(dep)`) "
                 "in the fixture, a try/finally in the test, or an autouse fixture that clears the overrides."),
            kind=CandidateKind.ORIGIN if asserted and not used_by_victim else CandidateKind.CONTRIBUTING,
            confidence=min(confidence, 0.8),
        )
