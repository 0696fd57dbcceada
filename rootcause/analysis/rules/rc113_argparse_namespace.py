"""RC113: ``args.x`` is missing from an argparse Namespace: the parser that should define it."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rootcause.analysis import syntax
from rootcause.analysis.context import AnalysisContext
from rootcause.analysis.origin import add_argument_calls, option_dest
from rootcause.analysis.rules import register
from rootcause.analysis.rules.base import crash_evidence, short
from rootcause.model import Candidate, CandidateKind, Evidence

if TYPE_CHECKING:
    from tree_sitter import Node

_MISSING_RE = re.compile(r"'Namespace' object has no attribute '(\w+)'")


def _assigned_name(call: Node) -> str | None:
    """``export`` of ``export = sub.add_parser(...)``."""
    parent = call.parent
    if parent is not None and parent.type == "assignment":
        return syntax.text_of(parent.child_by_field_name("left"))
    return None


def _subparsers(root: Node) -> list[tuple[Node, str | None, str]]:
    """``add_parser`` calls of a module: (call, variable it is stored in, its parents= text)."""
    out = []
    for node in syntax.walk(root):
        if node.type == "call" and syntax.call_name(node)[0] == "add_parser":
            _pos, keywords = syntax.call_arguments(node)
            out.append((node, _assigned_name(node), syntax.text_of(keywords.get("parents"))))
    return out


def _handler_of(root: Node, variable: str) -> str | None:
    """The function a subparser dispatches to: ``variable.set_defaults(func=handler)``."""
    for node in syntax.walk(root):
        if node.type != "call":
            continue
        name, receiver = syntax.call_name(node)
        if name == "set_defaults" and receiver == variable:
            _pos, keywords = syntax.call_arguments(node)
            for value in keywords.values():
                if value.type in ("identifier", "attribute"):
                    return syntax.text_of(value).rsplit(".", 1)[-1]
    return None


@register(
    "RC113",
    name="argparse-namespace",
    title="An option is missing from the parsed arguments: the subcommand's parser lacks it",
    exceptions=("AttributeError",),
    messages=(r"'Namespace' object has no attribute",),
)
def argparse_namespace(ctx: AnalysisContext) -> Iterator[Candidate]:
    """``'Namespace' object has no attribute 'region'``: finds the sub-parser that lacks the option.

    Why it matters: the command's code reads ``args.region`` correctly; the option is
    declared on a shared parent parser (``shared.add_argument("--region")``) that the other
    sub-commands list in ``parents=[shared]`` but this one does not, or it is declared
    under another name. The rule finds where the option is declared, the sub-parser whose
    handler crashed, and blames its ``add_parser`` call (or the nearest option name).

    Example::

        export = sub.add_parser("export")                   # <- origin: no parents=[shared]
        sync = sub.add_parser("sync", parents=[shared])
        ...
        region = args.region                                # AttributeError: 'Namespace' ...
    """
    match = _MISSING_RE.search(ctx.message)
    sf = ctx.crash
    if match is None or sf is None:
        return
    attr = match.group(1)
    declared = list(add_argument_calls(ctx.code))
    defining = [d for d in declared if option_dest(d[2], d[3]) == attr]
    crashed = sf.qualname.rsplit(".", 1)[-1]
    for path, call, _options, _keywords in defining:
        holder = syntax.call_name(call)[1]  # the parser the option is added to
        src = ctx.code.source(path)
        if src is None or holder is None:
            continue
        subs = _subparsers(src.root)
        with_parent = [s for s in subs if re.search(rf"\b{re.escape(holder)}\b", s[2])]
        lacking = [s for s in subs if s not in with_parent and s[1] is not None]
        if not with_parent or not lacking:
            continue
        chosen = [s for s in lacking if _handler_of(src.root, s[1] or "") == crashed]
        confidence = 0.86 if chosen else 0.55
        for node, variable, _parents in (chosen or lacking)[:2]:
            line = syntax.line_of(node)
            yield Candidate(
                file=path,
                line=line,
                end_line=syntax.end_line_of(node),
                function=_scope(ctx, path, line),
                rule="RC113",
                title=f"the `{variable}` sub-command is built without parents=[{holder}], which defines `{attr}`",
                explanation=(
                    f"`{attr}` is an option of `{holder}` ({path}:{syntax.line_of(call)}); the other "
                    f"sub-commands list it in parents=[{holder}], `{short(syntax.text_of(node), 60)}` "
                    f"does not, so its Namespace has no `{attr}` when {sf.qualname}() reads it."
                ),
                evidence=(
                    crash_evidence(ctx, sf),
                    Evidence(path, syntax.line_of(call), f"`{attr}` is declared on `{holder}`"),
                    Evidence(path, line, f"`{variable}` is created without parents=[{holder}]"),
                    *(
                        Evidence(path, syntax.line_of(s[0]), f"`{s[1]}` lists parents=[{holder}]")
                        for s in with_parent[:1]
                    ),
                ),
                fix=f"Add `parents=[{holder}]` to this add_parser call.",
                kind=CandidateKind.ORIGIN,
                confidence=confidence,
            )
        return
    if not defining:
        dests = sorted({option_dest(d[2], d[3]) for d in declared})
        close = difflib.get_close_matches(attr, dests, n=1, cutoff=0.6)
        # which spelling is the odd one? Other reads of ``args.<attr>`` say the code means
        # it (the option is misnamed); otherwise the read at the crash may be the typo, and
        # the crash site (RC102) ranks first.
        reads = _reads_of(ctx, attr)
        for path, call, options, keywords in declared:
            if close and option_dest(options, keywords) == close[0]:
                line = syntax.line_of(call)
                yield Candidate(
                    file=path,
                    line=line,
                    end_line=syntax.end_line_of(call),
                    function=_scope(ctx, path, line),
                    rule="RC113",
                    title=f"no option defines `{attr}`; `{'/'.join(options)}` fills `{close[0]}`",
                    explanation=(
                        f"{sf.qualname}() reads `args.{attr}`, but the parser stores "
                        f"`{'/'.join(options)}` as `{close[0]}`: the names drifted apart."
                    ),
                    evidence=(crash_evidence(ctx, sf), Evidence(path, line, f"stored as `{close[0]}`")),
                    fix=f"Read `args.{close[0]}`, or declare the option with dest=\"{attr}\".",
                    kind=CandidateKind.ORIGIN,
                    confidence=0.7 if reads > 1 else 0.45,
                )
                return


def _reads_of(ctx: AnalysisContext, attr: str) -> int:
    """How many times the repository reads ``.attr`` (the crash's read included)."""
    pattern = re.compile(rf"\.{re.escape(attr)}\b")
    total = 0
    for path in ctx.code.files_matching(pattern)[:40]:
        total += len(pattern.findall(ctx.workspace.read_text(path) or ""))
    return total


def _scope(ctx: AnalysisContext, path: str, line: int) -> str:
    func = ctx.code.function_at(path, line)
    return func.qualname if func is not None else "<module>"
