"""The offline rules: one file per rule, registered with :func:`register`.

Writing a rule
==============

A rule is a function in its own module ``rootcause/analysis/rules/rcNNN_<slug>.py`` that
takes an :class:`~rootcause.analysis.context.AnalysisContext` and yields
:class:`~rootcause.model.Candidate` objects. Decorate it with :func:`register`::

    from rootcause.analysis.rules import register
    from rootcause.analysis.context import AnalysisContext
    from rootcause.model import Candidate

    @register(
        "RC301",
        name="query-param-not-body",
        title="Scalar parameter read from the query string",
        exceptions=("RequestValidationError", "HTTPException"),
        messages=(r"Field required", r"\\b422\\b"),
    )
    def query_param_not_body(ctx: AnalysisContext) -> Iterator[Candidate]:
        '''What it detects (first line is the summary shown by ``rootcause rules``).

        Why it matters: ...

        Example::

            @app.post("/x")
            async def x(name: str): ...   # read from the query, not the body
        '''
        ...

* ``exceptions``: short exception type names the rule reacts to (``"*"`` = any). A rule
  runs when the incident's primary exception matches one of them **or** when its message
  matches one of ``messages`` (regexes, searched). With neither given, the rule always runs.
* The function's docstring is the rule's documentation (``rootcause rules RC301``):
  first line = summary, then why it matters, then an example.
* Candidates carry ``rule=<code>``, a ``kind`` (origin / symptom / contributing), a
  ``confidence`` in 0..1 (how sure the rule is, see docs/scoring.md) and ``evidence``: the
  chain of ``Evidence(file, line, note)`` facts that led to it. Use the helpers in
  :mod:`rootcause.analysis.rules.base` (``candidate_from_producer``, ``symptom_at``...).
* Rules must not raise: the pipeline catches and reports exceptions as warnings, but a
  rule should return nothing when the code does not look like its pattern.
* Tests: ``tests/analysis/rules/test_rcNNN.py`` with a fixture repo whose traceback is
  produced by running the fixture code in the test (never typed by hand).

Adding a rule is adding that one file: :func:`all_rules` imports every ``rc*.py`` module
of this package on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rootcause.analysis.context import AnalysisContext
    from rootcause.model import Candidate, ExceptionInfo

RuleFunc = "Callable[[AnalysisContext], Iterable[Candidate]]"


@dataclass(frozen=True)
class Rule:
    """A registered rule."""

    code: str
    name: str
    title: str
    func: Callable[[AnalysisContext], Iterable[Candidate]] = field(repr=False)
    exceptions: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    #: Runs after the others and sees their candidates in ``ctx.found`` (fallbacks).
    fallback: bool = False

    @property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.func.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.title

    def applies_to(self, exc: ExceptionInfo) -> bool:
        if not self.exceptions and not self.messages:
            return True
        if "*" in self.exceptions:
            return True
        if exc.short_type in self.exceptions or exc.type in self.exceptions:
            return True
        return any(re.search(pattern, exc.message) for pattern in self.messages)

    def run(self, ctx: AnalysisContext) -> list[Candidate]:
        return list(self.func(ctx))


_REGISTRY: dict[str, Rule] = {}
_LOADED = False
_CODE_RE = re.compile(r"^RC\d{3}$")


def register(
    code: str,
    *,
    name: str,
    title: str,
    exceptions: Iterable[str] = (),
    messages: Iterable[str] = (),
    fallback: bool = False,
) -> Callable[
    [Callable[[AnalysisContext], Iterable[Candidate]]],
    Callable[[AnalysisContext], Iterable[Candidate]],
]:
    """Register a rule function under a stable code (``RC`` + three digits)."""
    if not _CODE_RE.match(code):
        raise ValueError(f"rule code must look like RC123, got {code!r}")

    def decorate(
        func: Callable[[AnalysisContext], Iterable[Candidate]],
    ) -> Callable[[AnalysisContext], Iterable[Candidate]]:
        existing = _REGISTRY.get(code)
        if existing is not None and existing.func.__qualname__ != func.__qualname__:
            raise ValueError(f"rule code {code} is already used by {existing.name}")
        _REGISTRY[code] = Rule(
            code, name, title, func, tuple(exceptions), tuple(messages), fallback
        )
        return func

    return decorate


def _load() -> None:
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    package = __name__
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("rc"):
            importlib.import_module(f"{package}.{info.name}")


def all_rules() -> list[Rule]:
    """Every registered rule, by code."""
    _load()
    return [_REGISTRY[code] for code in sorted(_REGISTRY)]


def get_rule(code: str) -> Rule | None:
    _load()
    return _REGISTRY.get(code.upper())


def rules_for(exc: ExceptionInfo) -> list[Rule]:
    """Rules that react to ``exc``: specific ones first, fallbacks last."""
    return sorted((r for r in all_rules() if r.applies_to(exc)), key=lambda r: (r.fallback, r.code))
