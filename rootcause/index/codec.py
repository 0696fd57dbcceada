"""ModuleSymbols <-> plain nested tuples, serialised with :mod:`marshal`.

marshal is the fastest stdlib serialiser for tuples of str/int/None, and unlike pickle
it never constructs arbitrary objects. :data:`SCHEMA` changes whenever a record's fields
change, so a cache written by another version is simply rebuilt.
"""

from __future__ import annotations

import marshal
import sys
from typing import Any

try:  # the C module behind hashlib.blake2b, without hashlib's OpenSSL start-up cost
    from _blake2 import blake2b as blake2b
except ImportError:  # pragma: no cover - CPython builds without it
    from hashlib import blake2b as blake2b

from rootcause.index.symbols import (
    Assignment,
    Call,
    ClassAttr,
    ClassDef,
    FunctionDef,
    Import,
    ModuleSymbols,
    Parameter,
    Return,
    Span,
)

_RECORDS = (
    Span,
    Import,
    Parameter,
    FunctionDef,
    ClassAttr,
    ClassDef,
    Call,
    Assignment,
    Return,
    ModuleSymbols,
)
_CODEC_VERSION = 1
#: A module's symbols as nested plain tuples (the layout ``encode`` writes).
RawModule = tuple[Any, ...]
SCHEMA = blake2b(
    repr(
        (
            _CODEC_VERSION,
            marshal.version,
            sys.version_info[:2],
            [(cls.__name__, cls.__slots__) for cls in _RECORDS],
        )
    ).encode(),
    digest_size=8,
).hexdigest()


def _span(s: Span) -> tuple[int, int, int, int]:
    return (s.start_line, s.start_col, s.end_line, s.end_col)


def encode(mod: ModuleSymbols) -> bytes:
    return marshal.dumps(to_raw(mod))


def to_raw(mod: ModuleSymbols) -> RawModule:
    """The plain-tuple form of a module's records."""
    return (
        mod.path,
        mod.module,
        mod.is_package,
        tuple(
            (i.module, i.name, i.alias, i.line, i.level, i.scope, i.type_checking)
            for i in mod.imports
        ),
        tuple(
            (
                c.name,
                c.qualname,
                _span(c.span),
                c.bases,
                c.decorators,
                tuple((a.name, a.annotation, a.value, a.line) for a in c.attributes),
                c.keywords,
            )
            for c in mod.classes
        ),
        tuple(
            (
                f.name,
                f.qualname,
                _span(f.span),
                tuple((p.name, p.annotation, p.default, p.kind) for p in f.params),
                f.decorators,
                f.is_async,
                f.returns,
                f.class_name,
                f.body_start_line,
            )
            for f in mod.functions
        ),
        tuple(
            (
                c.callee,
                c.name,
                c.receiver,
                c.args,
                c.kwargs,
                c.line,
                c.col,
                c.scope,
                c.awaited,
                c.end_line,
            )
            for c in mod.calls
        ),
        tuple(
            (a.target, a.value, a.line, a.scope, a.annotation, a.augmented) for a in mod.assignments
        ),
        tuple((r.value, r.line, r.scope) for r in mod.returns),
        mod.exports,
        mod.has_errors,
        mod.line_count,
    )


def encode_raw(raw: RawModule) -> bytes:
    return marshal.dumps(raw)


def decode(blob: bytes) -> ModuleSymbols:
    """Rebuild a module's records; raises ValueError (or TypeError) on a bad blob."""
    return decode_raw(marshal.loads(blob))


def decode_raw(data: Any) -> ModuleSymbols:
    """Records from the plain tuples of :func:`encode` / ``extract_raw``."""
    (
        path,
        module,
        is_package,
        imports,
        classes,
        functions,
        calls,
        assigns,
        returns,
        exports,
        has_errors,
        line_count,
    ) = data
    return ModuleSymbols(
        path=path,
        module=module,
        is_package=is_package,
        imports=tuple(Import(*i) for i in imports),
        classes=tuple(
            ClassDef(
                name,
                qualname,
                Span(*span),
                bases,
                decorators,
                tuple(ClassAttr(*a) for a in attributes),
                keywords,
            )
            for name, qualname, span, bases, decorators, attributes, keywords in classes
        ),
        functions=tuple(
            FunctionDef(
                name,
                qualname,
                Span(*span),
                tuple(Parameter(*p) for p in params),
                decorators,
                is_async,
                returns_,
                class_name,
                body_start,
            )
            for name, qualname, span, params, decorators, is_async, returns_, class_name, body_start in functions
        ),
        calls=tuple(Call(*c) for c in calls),
        assignments=tuple(Assignment(*a) for a in assigns),
        returns=tuple(Return(*r) for r in returns),
        exports=exports,
        has_errors=has_errors,
        line_count=line_count,
    )


def raw_summary(raw: RawModule) -> tuple[frozenset[str], frozenset[str]]:
    """(names called, names of functions and classes defined) in a raw module."""
    calls = frozenset(c[1] for c in raw[6] if c[1])
    defs = frozenset([f[0] for f in raw[5]] + [c[0] for c in raw[4]])
    return calls, defs


def encode_names(names: frozenset[str]) -> bytes:
    return marshal.dumps(names)


def decode_names(blob: bytes) -> frozenset[str]:
    value = marshal.loads(blob)
    if not isinstance(value, frozenset):
        raise ValueError("bad name set")
    return value
