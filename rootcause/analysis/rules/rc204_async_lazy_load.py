"""RC204: SQLAlchemy lazy load / expired attribute refresh under AsyncSession (MissingGreenlet)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_node_candidates, short
from rootcause.model import Candidate, CandidateKind, Evidence

_GREENLET = re.compile(r"greenlet_spawn|MissingGreenlet|await_only\(\)|await_\(\)")
_SQL_FROM = re.compile(r"SELECT\s+(?P<cols>.+?)\s+FROM\s+(?P<table>\w+)", re.S | re.I)
_LOC = re.compile(r"'loc': \('response', '(?P<attr>\w+)'")
_LOADERS = (
    "selectinload",
    "joinedload",
    "subqueryload",
    "immediateload",
    "contains_eager",
    "raiseload",
)


@dataclass(frozen=True)
class Relationship:
    path: str
    line: int
    owner: str  # class declaring it
    name: str
    target: str  # related class name, when readable
    text: str


def _relationships(ctx: AnalysisContext) -> list[Relationship]:
    found: list[Relationship] = []
    for path in ctx.code.files_calling("relationship")[:40]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for cls in syntax.walk(src.root):
            if cls.type != "class_definition":
                continue
            body = cls.child_by_field_name("body")
            if body is None:
                continue
            for stmt in body.named_children:
                if stmt.type != "expression_statement" or not stmt.named_children:
                    continue
                assign = stmt.named_children[0]
                if assign.type != "assignment" or "relationship(" not in syntax.text_of(
                    assign.child_by_field_name("right")
                ):
                    continue
                text = syntax.text_of(assign)
                names = re.findall(
                    r"[\"']?([A-Z]\w+)[\"']?",
                    text.split("relationship(")[0] + " " + text.split("relationship(")[1][:60],
                )
                target = next(
                    (
                        n
                        for n in names
                        if n
                        not in (
                            "Mapped",
                            "List",
                            "Optional",
                            "Set",
                            "WriteOnlyMapped",
                            "DynamicMapped",
                        )
                    ),
                    "",
                )
                found.append(
                    Relationship(
                        path,
                        syntax.line_of(assign),
                        syntax.function_name(cls),
                        syntax.text_of(assign.child_by_field_name("left")),
                        target,
                        text,
                    )
                )
    return found


def _tables(ctx: AnalysisContext) -> dict[str, str]:
    """table name -> class name."""
    tables: dict[str, str] = {}
    for path in ctx.code.files_matching("__tablename__")[:60]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for cls in syntax.walk(src.root):
            if cls.type == "class_definition":
                match = re.search(r"__tablename__\s*=\s*[\"'](\w+)[\"']", syntax.text_of(cls))
                if match:
                    tables[match.group(1)] = syntax.function_name(cls)
    return tables


def _queries_loading(ctx: AnalysisContext, owners: set[str]) -> list[tuple[str, int, str, str]]:
    """(path, line, function, statement text) of ``select(...)`` queries whose root or loader path is an owner."""
    found: list[tuple[str, int, str, str]] = []
    for path in ctx.code.files_calling("select")[:80]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            if node.type != "call" or syntax.call_name(node)[0] != "select":
                continue
            positional, _kw = syntax.call_arguments(node)
            roots = {syntax.text_of(p).split(".")[0] for p in positional}
            stmt = syntax.statement_of(node)
            text = syntax.text_of(stmt)
            if not (roots & owners) and not any(f"{o}." in text for o in owners):
                continue
            fn = syntax.enclosing_function(node)
            qual = syntax.qualname_of(fn) if fn is not None else "<module>"
            found.append((path, syntax.line_of(node), qual, text))
    return found


def _sessionmakers(ctx: AnalysisContext) -> Iterator[tuple[str, int, str, str]]:
    for path in sorted(
        set(ctx.code.files_calling("sessionmaker") + ctx.code.files_calling("async_sessionmaker"))
    )[:20]:
        src = ctx.code.source(path)
        if src is None:
            continue
        for node in syntax.walk(src.root):
            if node.type == "call" and syntax.call_name(node)[0] in (
                "async_sessionmaker",
                "sessionmaker",
                "AsyncSession",
            ):
                text = syntax.text_of(node)
                if "expire_on_commit=False" in text.replace(" ", ""):
                    continue
                if syntax.call_name(node)[0] == "sessionmaker" and "AsyncSession" not in text:
                    continue
                fn = syntax.enclosing_function(node)
                qual = syntax.qualname_of(fn) if fn is not None else "<module>"
                yield path, syntax.line_of(node), qual, text


def _called_from_stack(ctx: AnalysisContext) -> set[str]:
    """Names of the functions called by the traceback's in-app functions."""
    names: set[str] = set()
    for sf in ctx.stack[:4]:
        if sf.func is None:
            continue
        for call in ctx.code.calls_in(sf.func.node):
            name, _receiver = syntax.call_name(call)
            if name:
                names.add(name)
    return names


@register(
    "RC204",
    name="async-lazy-load",
    title="Lazy load or expired attribute under AsyncSession (MissingGreenlet)",
    exceptions=("MissingGreenlet", "StatementError", "ResponseValidationError"),
    messages=(r"greenlet_spawn", r"MissingGreenlet"),
)
def async_lazy_load(ctx: AnalysisContext) -> Iterator[Candidate]:
    """MissingGreenlet: a relationship was lazy-loaded, or an expired attribute refreshed, outside ``await``.

    Why it matters: under ``AsyncSession`` attribute access cannot do IO. Reading a
    relationship that the query did not eager-load (``selectinload`` / ``joinedload``,
    including nested paths like ``selectinload(Cart.items).selectinload(CartItem.product)``)
    or any attribute after ``commit()`` with the default ``expire_on_commit=True`` raises
    ``greenlet_spawn has not been called``, often during response serialisation, far from
    the query. The rule reads the lazy-load SQL (or the response field, or the crash line)
    to name the relationship, then points at the query that should eager-load it, or at the
    session factory missing ``expire_on_commit=False``.

    Example::

        stmt = select(Author).where(Author.handle == handle)   # <- origin: no selectinload(Author.posts)
        author.posts                                           # MissingGreenlet
    """
    text = "\n".join(e.message for e in ctx.incident.exceptions)
    if not _GREENLET.search(text):
        return
    rels = _relationships(ctx)
    tables = _tables(ctx)
    attrs: set[str] = set()
    for match in _LOC.finditer(text):
        attrs.add(match.group("attr"))
    sf = ctx.crash
    if sf is not None:
        for node in crash_node_candidates(ctx, sf):
            if node.type == "attribute":
                attrs.add(syntax.text_of(node.child_by_field_name("attribute")))
    sql = _SQL_FROM.search(text)
    table = sql.group("table") if sql else None
    target_class = tables.get(table or "", "")
    chosen = [r for r in rels if r.name in attrs]
    if chosen and target_class:
        chosen = [r for r in chosen if r.target == target_class] or chosen
    if not chosen and target_class:
        chosen = [r for r in rels if r.target == target_class]
        if attrs:
            chosen = [r for r in chosen if r.name in attrs] or chosen
    evidence_sql = (
        Evidence(
            sf.path,
            sf.line,
            f"lazy load at attribute access: SQL `{short(sql.group(0), 80)}` ran outside an await",
        )
        if (sf and sql)
        else None
    )
    yielded = False
    if chosen:
        for rel in chosen[:2]:
            owners = {rel.owner}
            # Nested paths: queries that reach the owner through another relationship.
            owners |= {r.owner for r in rels if r.target == rel.owner}
            queries = _queries_loading(ctx, owners)
            stack_files = {s.path for s in ctx.stack}
            called = _called_from_stack(ctx)
            # Queries in functions the crashing code called come first: they produced the object.
            queries.sort(
                key=lambda q: (q[2].rsplit(".", 1)[-1] not in called, q[0] not in stack_files, q[0])
            )
            missing = [
                q
                for q in queries
                if f"{rel.owner}.{rel.name}" not in q[3]
                or not any(loader in q[3] for loader in _LOADERS)
            ]
            for path, line, qual, stmt_text in missing[:3]:
                loads_parent = any(loader in stmt_text for loader in _LOADERS)
                note = (
                    f"the query eager-loads some relationships but not {rel.owner}.{rel.name}"
                    if loads_parent
                    else f"`{short(stmt_text, 70)}` does not eager-load {rel.owner}.{rel.name}"
                )
                evidence = [
                    Evidence(path, line, note),
                    Evidence(
                        rel.path,
                        rel.line,
                        f"{rel.owner}.{rel.name} is a lazy relationship: `{short(rel.text, 70)}`",
                    ),
                ]
                if evidence_sql:
                    evidence.insert(0, evidence_sql)
                yield Candidate(
                    file=path,
                    line=line,
                    end_line=line,
                    function=qual,
                    rule="RC204",
                    title=f"{qual}() does not eager-load {rel.owner}.{rel.name}",
                    explanation=(
                        f"{rel.owner}.{rel.name} is read after the query in {qual}() returned, so SQLAlchemy lazy-loads it; "
                        "under AsyncSession that IO is not allowed and raises MissingGreenlet."
                    ),
                    evidence=tuple(evidence),
                    fix=f"Add `.options(selectinload({rel.owner}.{rel.name}))` (chained after the parent's loader for nested paths) to the query.",
                    kind=CandidateKind.ORIGIN,
                    confidence=0.8
                    if len(missing) == 1
                    else (0.75 if qual.rsplit(".", 1)[-1] in called else 0.62),
                )
                yielded = True
            yield Candidate(
                file=rel.path,
                line=rel.line,
                end_line=rel.line,
                function=rel.owner,
                rule="RC204",
                title=f"{rel.owner}.{rel.name} lazy-loads by default",
                explanation="The relationship uses the default lazy='select' loading, which does IO on attribute access.",
                evidence=(Evidence(rel.path, rel.line, f"`{short(rel.text, 80)}`"),),
                fix="Declare lazy='selectin' (or lazy='raise' to catch it early), or eager-load it in the query.",
                kind=CandidateKind.CONTRIBUTING,
                confidence=0.5,
            )
    if not yielded:
        for path, line, qual, call_text in _sessionmakers(ctx):
            yield Candidate(
                file=path,
                line=line,
                end_line=line,
                function=qual,
                rule="RC204",
                title="the async session factory expires attributes on commit",
                explanation=(
                    f"`{short(call_text, 70)}` keeps the default expire_on_commit=True: after commit() every attribute is "
                    "expired, and reading one refreshes it with IO that AsyncSession cannot do implicitly."
                ),
                evidence=(
                    *((evidence_sql,) if evidence_sql else ()),
                    Evidence(path, line, "expire_on_commit is not False"),
                ),
                fix="Pass expire_on_commit=False to async_sessionmaker(...), or `await session.refresh(obj)` after commit.",
                kind=CandidateKind.ORIGIN,
                confidence=0.75,
            )
