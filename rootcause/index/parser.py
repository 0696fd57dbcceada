"""tree-sitter plumbing: one cached parser and queries loaded from ``queries/*.scm``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tree_sitter

QUERY_DIR = Path(__file__).with_name("queries")


@cache
def get_language() -> tree_sitter.Language:
    """The tree-sitter Python language."""
    import tree_sitter
    import tree_sitter_python

    return tree_sitter.Language(tree_sitter_python.language())


@cache
def get_parser() -> tree_sitter.Parser:
    """A parser for Python (one per process; parsers are not thread-safe)."""
    import tree_sitter

    return tree_sitter.Parser(get_language())


def parse_source(source: bytes) -> tree_sitter.Tree:
    """Parse Python source; syntax errors become ERROR nodes, never exceptions."""
    return get_parser().parse(source)


@cache
def load_query(name: str) -> tree_sitter.Query:
    """The query in ``rootcause/index/queries/<name>.scm``."""
    import tree_sitter

    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad query name: {name!r}")
    text = (QUERY_DIR / f"{name}.scm").read_text(encoding="utf-8")
    return tree_sitter.Query(get_language(), text)
