"""What the index knows about one module: plain frozen records, cheap to cache.

Lines are 1-based, columns 0-based (as tree-sitter reports them, plus one on the row).
Expressions are kept as source text; analysis re-parses a function with tree-sitter
when it needs the expression tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ParamKind = Literal[
    "positional_only", "positional", "var_positional", "keyword_only", "var_keyword"
]


@dataclass(frozen=True, slots=True)
class Span:
    start_line: int
    start_col: int
    end_line: int
    end_col: int

    def contains_line(self, line: int) -> bool:
        return self.start_line <= line <= self.end_line


@dataclass(frozen=True, slots=True)
class Import:
    """``import a.b as c`` / ``from ..x import y as z``, with the target made absolute."""

    module: str  # absolute dotted module ("app.models"), resolved from relative level
    name: str | None  # imported name for ``from m import name``; None for ``import m``
    alias: str | None
    line: int
    level: int = 0  # leading dots as written
    scope: str = "<module>"  # qualname of the enclosing function, or "<module>"
    type_checking: bool = False  # inside ``if TYPE_CHECKING:``

    @property
    def bound_name(self) -> str:
        """The local name this import binds."""
        if self.alias:
            return self.alias
        if self.name:
            return self.name
        return self.module.split(".")[0]


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    annotation: str | None = None
    default: str | None = None
    kind: ParamKind = "positional"


@dataclass(frozen=True, slots=True)
class FunctionDef:
    name: str
    qualname: str  # "UserRepository.get", "outer.<locals>.inner" is written "outer.inner"
    span: Span
    params: tuple[Parameter, ...] = ()
    decorators: tuple[str, ...] = ()  # decorator expressions as text, without "@"
    is_async: bool = False
    returns: str | None = None  # return annotation text
    class_name: str | None = None  # enclosing class qualname for methods
    body_start_line: int = 0  # first line of the body (after the signature/docstring-free)


@dataclass(frozen=True, slots=True)
class ClassAttr:
    """A class-level attribute: SQLAlchemy/SQLModel columns, Pydantic fields, constants."""

    name: str
    annotation: str | None
    value: str | None
    line: int


@dataclass(frozen=True, slots=True)
class ClassDef:
    name: str
    qualname: str
    span: Span
    bases: tuple[str, ...] = ()
    decorators: tuple[str, ...] = ()
    attributes: tuple[ClassAttr, ...] = ()
    # class keywords such as ("table", "True") or ("metaclass", "ABCMeta")
    keywords: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Call:
    """A call expression: ``self.repo.get(user_id, active=True)``."""

    callee: str  # full callee expression text: "self.repo.get"
    name: str  # last component: "get"
    receiver: str | None  # "self.repo"; None for a bare name call
    args: tuple[str, ...]  # positional argument texts
    kwargs: tuple[tuple[str, str], ...]  # (keyword, value text)
    line: int
    col: int
    scope: str  # qualname of the enclosing function, or "<module>"
    awaited: bool = False
    end_line: int = 0


@dataclass(frozen=True, slots=True)
class Assignment:
    """``a = b``, ``a: T = b``, ``a += b``, ``self.x = y``; tuple targets are split."""

    target: str  # target text: "user", "self.session", "data['k']"
    value: str | None  # value text; None for an annotation without value
    line: int
    scope: str
    annotation: str | None = None
    augmented: bool = False


@dataclass(frozen=True, slots=True)
class Return:
    value: str | None  # None for a bare ``return``
    line: int
    scope: str


@dataclass(frozen=True, slots=True)
class ModuleSymbols:
    """Everything extracted from one file."""

    path: str  # POSIX, relative to the repo root
    module: str  # dotted module name ("app.services.billing"); "" when unknowable
    is_package: bool = False  # an __init__.py
    imports: tuple[Import, ...] = ()
    classes: tuple[ClassDef, ...] = ()
    functions: tuple[FunctionDef, ...] = ()
    calls: tuple[Call, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    returns: tuple[Return, ...] = ()
    exports: tuple[str, ...] | None = None  # __all__ when it is a literal list/tuple
    has_errors: bool = False  # tree-sitter found syntax errors; extraction went as far as it could
    line_count: int = 0

    def function(self, qualname: str) -> FunctionDef | None:
        for fn in self.functions:
            if fn.qualname == qualname:
                return fn
        return None

    def function_at(self, line: int) -> FunctionDef | None:
        """The innermost function whose span contains ``line``."""
        best: FunctionDef | None = None
        for fn in self.functions:
            if fn.span.contains_line(line) and (
                best is None or fn.span.start_line >= best.span.start_line
            ):
                best = fn
        return best

    def class_named(self, name: str) -> ClassDef | None:
        for cls in self.classes:
            if cls.name == name or cls.qualname == name:
                return cls
        return None
