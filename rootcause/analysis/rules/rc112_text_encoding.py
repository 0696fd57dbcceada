"""RC112: text encoded or decoded with the wrong codec; where that codec was chosen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.code import ClassRef, FuncRef
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import (
    Detector,
    Producer,
    Step,
    Tracer,
    Where,
    add_argument_calls,
    option_dest,
    string_value,
    where_in,
)
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import (
    candidate_from_producer,
    crash_node_candidates,
    crash_where,
    short,
)
from rootcause.model import Candidate

if TYPE_CHECKING:
    from tree_sitter import Node

_CODEC_RE = re.compile(r"'([\w.-]+)' codec can't (encode|decode)")
#: Library frames of the stdlib codec that did the work: ``encodings/cp1252.py``.
_CODEC_FILE_RE = re.compile(r"encodings[/\\](\w+)\.py$")
#: Calls that open a file (their ``encoding=`` decides the codec of every read/write).
_OPENERS = frozenset(
    {"open", "read_text", "write_text", "fdopen", "TextIOWrapper", "NamedTemporaryFile",
     "TemporaryFile", "SpooledTemporaryFile"}
)  # fmt: skip
#: Methods of a text file object that encode or decode.
_HANDLE_METHODS = frozenset(
    {"write", "writelines", "read", "readline", "readlines", "__next__", "print"}
)


def _codec(ctx: AnalysisContext) -> tuple[str, str]:
    """(codec name, "encode" or "decode"); ``charmap`` becomes the real code page."""
    match = _CODEC_RE.search(ctx.message)
    codec, direction = (match.group(1), match.group(2)) if match else ("?", "encode")
    if codec == "charmap":
        for frame in reversed(ctx.exception.frames):
            found = _CODEC_FILE_RE.search(frame.path.replace("\\", "/"))
            if found:
                return found.group(1), direction
    return codec, direction


class EncodingSource(Detector):
    """Where a codec name was written: a string literal, an option or parameter default."""

    name = "encoding-source"

    def check(
        self, tracer: Tracer, node: Node, where: Where, chain: tuple[Step, ...]
    ) -> list[Producer] | None:
        if node.type != "string":
            return None
        value = string_value(node)
        return [
            tracer.producer(
                where,
                node,
                "encoding literal",
                f"chooses the encoding {value!r}",
                0.8,
                chain,
            )
        ]

    def on_field(
        self,
        tracer: Tracer,
        cls: ClassRef | None,
        attr: str,
        node: Node,
        where: Where,
        chain: tuple[Step, ...],
    ) -> list[Producer]:
        """``args.encoding``: the argparse option's default is the codec when not given."""
        found: list[Producer] = []
        for path, call, options, keywords in add_argument_calls(tracer.code):
            default = keywords.get("default")
            if option_dest(options, keywords) != attr or default is None:
                continue
            if default.type != "string":
                continue
            fn = syntax.enclosing_function(call)
            found.append(
                Producer(
                    path,
                    syntax.line_of(default),
                    syntax.line_of(default),
                    syntax.qualname_of(fn) if fn is not None else "<module>",
                    "option default",
                    f"`{'/'.join(options)}` defaults to {syntax.text_of(default)}: the encoding "
                    "used whenever the option is not given",
                    0.82,
                    chain,
                )
            )
        return found

    def on_parameter(
        self, tracer: Tracer, func: FuncRef, param: syntax.ParamInfo, chain: tuple[Step, ...]
    ) -> list[Producer]:
        default = param.default
        if default is not None and default.type in ("identifier", "attribute"):
            tracer.walk_more(default, where_in(tracer.ctx, func), chain)  # ``=ENCODING``
            return []
        if default is None or default.type != "string":
            return []
        return [
            Producer(
                func.path,
                syntax.line_of(default),
                syntax.line_of(default),
                func.qualname,
                "parameter default",
                f"`{param.name}` defaults to {syntax.text_of(default)}",
                0.7,
                chain,
            )
        ]


def _encoding_argument(call: Node) -> Node | None:
    positional, keywords = syntax.call_arguments(call)
    value = keywords.get("encoding")
    name = syntax.call_name(call)[0]
    if value is None and name in ("encode", "decode") and positional:
        value = positional[0]
    if value is None and name == "open" and len(positional) >= 4:
        value = positional[3]  # open(file, mode, buffering, encoding)
    return value


def _opener_of(handle: str, fn: Node) -> Node | None:
    """The call that opened ``handle`` in ``fn``: ``with open(...) as handle``/``handle = open(...)``."""
    for node in syntax.walk(fn, into_functions=False):
        value: Node | None = None
        if node.type == "as_pattern":
            target = node.child_by_field_name("alias")
            if target is not None and syntax.text_of(target).strip() == handle:
                value = node.named_children[0] if node.named_children else None
        elif (
            node.type == "assignment" and syntax.text_of(node.child_by_field_name("left")) == handle
        ):
            value = node.child_by_field_name("right")
        if value is not None and value.type == "call" and syntax.call_name(value)[0] in _OPENERS:
            return value
    return None


def _codec_calls(ctx: AnalysisContext) -> list[Node]:
    """Calls at the crash that pick the codec: ``x.encode(enc)``, ``open(..., encoding=)``,
    or the ``open`` of the file object the crash line writes to or reads from."""
    sf = ctx.crash
    if sf is None:
        return []
    src = ctx.code.source(sf.path)
    fn = syntax.enclosing_function(syntax.nodes_on_line(src.root, sf.line)[0]) if src else None
    out: list[Node] = []
    for node in crash_node_candidates(ctx, sf):
        if node.type != "call":
            continue
        name, receiver = syntax.call_name(node)
        if name in ("encode", "decode") or name in _OPENERS:
            out.append(node)
        elif name in _HANDLE_METHODS and receiver is not None and fn is not None:
            opener = _opener_of(receiver, fn)
            if opener is not None:
                out.append(opener)
    return out


@register(
    "RC112",
    name="text-encoding",
    title="Text encoded or decoded with the wrong codec: where the codec was chosen",
    exceptions=("UnicodeEncodeError", "UnicodeDecodeError"),
)
def text_encoding(ctx: AnalysisContext) -> Iterator[Candidate]:
    """A ``UnicodeEncodeError``/``UnicodeDecodeError``: finds the code that chose the codec.

    Why it matters: ``'charmap' codec can't encode character '\\u0151'`` points at the
    ``write`` that met a character the codec cannot hold, but the data is fine: the codec
    was chosen elsewhere: an ``--encoding`` option's default, a parameter default, a
    constant, or no ``encoding=`` at all (the platform's locale encoding, cp1252 on
    Windows). The rule finds the ``open()``/``encode()`` behind the crash line and traces
    its ``encoding`` back to where the codec name was written.

    Example::

        parser.add_argument("--encoding", default="cp1252")   # <- origin: can't hold 'ő'
        ...
        with path.open("w", encoding=args.encoding) as fh:
            fh.write(name)                                     # UnicodeEncodeError
    """
    crash = crash_where(ctx)
    if crash is None:
        return
    sf, where = crash
    codec, direction = _codec(ctx)
    tracer = Tracer(ctx, EncodingSource(), max_depth=6)
    seen: set[tuple[str, int]] = set()
    for call in _codec_calls(ctx)[:3]:
        value = _encoding_argument(call)
        call_text = short(syntax.text_of(call), 60)
        if value is None:
            if syntax.call_name(call)[0] in ("encode", "decode"):
                continue  # utf-8 by default: the data is at fault, not a chosen codec
            line = syntax.line_of(call)
            if (sf.path, line) in seen:
                continue
            seen.add((sf.path, line))
            prod = tracer.producer(
                where,
                call,
                "no encoding",
                f"`{call_text}` gives no encoding=, so Python uses the locale's "
                f"({codec}), which cannot {direction} this text",
                0.7,
                (),
            )
            yield _candidate(ctx, sf.qualname, prod, codec, direction)
            continue
        for prod in tracer.trace(value, where)[:3]:
            if (prod.file, prod.line) in seen:
                continue
            seen.add((prod.file, prod.line))
            yield _candidate(ctx, sf.qualname, prod, codec, direction)


def _candidate(
    ctx: AnalysisContext, crashed: str, prod: Producer, codec: str, direction: str
) -> Candidate:
    what = "written" if direction == "encode" else "read"
    fix = (
        "Use utf-8 (or the encoding the file format declares) here; "
        f"{codec} only holds a small part of Unicode."
    )
    return candidate_from_producer(
        ctx,
        replace(prod, fix=fix),
        rule="RC112",
        title=f"the {codec} codec is chosen in {prod.function}()",
        explanation=(
            f"{crashed}() fails because text is {what} as {codec}, which cannot "
            f"{direction} it: {prod.function}() at {prod.file}:{prod.line} {prod.note}."
        ),
    )
