"""The language server behind the editor integrations (``rootcause lsp``, stdio).

Command ``rootcause.debugWithAI`` takes a traceback and publishes the ranked root causes as
diagnostics at their locations; each candidate's evidence chain is its
``relatedInformation`` (go-to on every step). Arguments, all optional, in one object (or a
bare string, taken as the text):

- ``text``: the traceback (a selection, the clipboard, a terminal's output), or
- ``uri`` + ``range``: read the traceback from that range of an open document / file;
- ``repo``: the repository root (default: the first workspace folder, else the root URI).

The explanation is written as a markdown report and shown with ``window/showDocument``
when the client supports it (else summarised with ``window/showMessage``); hovering a
diagnostic's line shows that candidate's explanation. The command returns
``{"report": ..., "markdown": ..., "markdownUri": ..., "diagnostics": N}``.
Command ``rootcause.clear`` removes the diagnostics.
"""

from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from rootcause import __version__
from rootcause.model import Candidate, CandidateKind, Report

DEBUG_COMMAND = "rootcause.debugWithAI"
CLEAR_COMMAND = "rootcause.clear"
SOURCE = "rootcause"


def path_from_uri(uri: str) -> Path:
    parsed = urlparse(uri)
    return Path(unquote(parsed.path))


@dataclass
class _State:
    published: set[str] = field(default_factory=set)
    # uri -> [(first line 0-based, last line 0-based, candidate)]
    hovers: dict[str, list[tuple[int, int, Candidate]]] = field(default_factory=dict)
    count: int = 0


class RootCauseServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("rootcause", __version__)
        self.state = _State()


def _argument(args: tuple[Any, ...]) -> dict[str, Any]:
    if not args:
        return {}
    first = args[0]
    if isinstance(first, str):
        return {"text": first}
    if isinstance(first, dict):
        return first
    raise ValueError("rootcause.debugWithAI takes a traceback text or {text|uri+range, repo}")


def _repo(server: LanguageServer, arg: dict[str, Any]) -> Path:
    if arg.get("repo"):
        repo = str(arg["repo"])
        return path_from_uri(repo) if repo.startswith("file:") else Path(repo)
    workspace = server.workspace
    folders = list(workspace.folders.values())
    if folders:
        return path_from_uri(folders[0].uri)
    if workspace.root_path:
        return Path(workspace.root_path)
    raise ValueError("no repository: open a folder or pass {repo: ...}")


def _selected_text(server: LanguageServer, arg: dict[str, Any]) -> str:
    if isinstance(arg.get("text"), str) and arg["text"].strip():
        return str(arg["text"])
    uri = arg.get("uri")
    if not isinstance(uri, str):
        raise ValueError("no traceback given: select one (or copy it) and run the command again")
    document = server.workspace.get_text_document(uri)
    lines = document.lines
    selection = arg.get("range")
    if not isinstance(selection, dict):
        return "".join(lines)
    start, end = selection["start"], selection["end"]
    if start["line"] == end["line"] and start["character"] == end["character"]:
        return "".join(lines)  # an empty selection means the whole document
    picked = list(lines[start["line"] : end["line"] + 1])
    if picked:
        picked[-1] = picked[-1][: end["character"]] if end["line"] < len(lines) else picked[-1]
        picked[0] = picked[0][start["character"] :]
    return "".join(picked)


def analyze_text(text: str, repo: Path) -> Report:
    """The report for the last traceback in ``text`` (what ``rootcause analyze`` shows)."""
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.config import load_settings
    from rootcause.errors import UserError
    from rootcause.ingest import parse_text
    from rootcause.workspace import require_repo_dir

    require_repo_dir(repo)
    parsed = parse_text(text, repo=repo)
    if not parsed.incidents:
        raise UserError("no Python traceback found in the selection")
    return analyze_incident(parsed.incidents[-1], repo=repo, settings=load_settings(repo), top=5)


def _line_range(lines: dict[tuple[str, int], str | None], root: Path, file: str, line: int, end_line: int | None = None) -> types.Range:
    from rootcause.workspace import Workspace

    def text(n: int) -> str:
        key = (file, n)
        if key not in lines:
            try:
                lines[key] = Workspace(root).line(file, n)
            except Exception:  # noqa: BLE001 - a range still works without the text
                lines[key] = None
        return (lines[key] or "").rstrip("\r\n")

    first = text(line)
    last_line = max(line, end_line or line)
    last = first if last_line == line else text(last_line)
    start_char = len(first) - len(first.lstrip())
    return types.Range(
        start=types.Position(line=max(line - 1, 0), character=start_char),
        end=types.Position(line=max(last_line - 1, 0), character=max(len(last), start_char)),
    )


def _severity(cand: Candidate) -> types.DiagnosticSeverity:
    if cand.rank == 1:
        return types.DiagnosticSeverity.Error
    if cand.kind is CandidateKind.CONTRIBUTING:
        return types.DiagnosticSeverity.Information
    return types.DiagnosticSeverity.Warning


def diagnostics_for(report: Report, root: Path) -> dict[str, list[tuple[types.Diagnostic, Candidate]]]:
    """Diagnostics by file URI: one per candidate, its evidence as related information."""
    out: dict[str, list[tuple[types.Diagnostic, Candidate]]] = {}
    lines: dict[tuple[str, int], str | None] = {}
    exc = report.incident.primary
    for cand in report.candidates:
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(uri=(root / step.file).as_uri(), range=_line_range(lines, root, step.file, step.line)),
                message=f"{n}. {step.note}",
            )
            for n, step in enumerate(cand.evidence, 1)
        ]
        message = f"#{cand.rank} {cand.title} ({exc.short_type})"
        if cand.fix:
            message += f"\nfix: {cand.fix}"
        diagnostic = types.Diagnostic(
            range=_line_range(lines, root, cand.file, cand.line, cand.end_line if cand.end_line > cand.line else None),
            message=message,
            severity=_severity(cand),
            code=cand.rule,
            source=SOURCE,
            related_information=related or None,
        )
        out.setdefault((root / cand.file).as_uri(), []).append((diagnostic, cand))
    return out


def _candidate_markdown(cand: Candidate) -> str:
    lines = [f"**#{cand.rank} {cand.title}** ({cand.rule}, {cand.kind.value}, score {cand.score:.2f})", ""]
    if cand.explanation:
        lines += [cand.explanation, ""]
    for n, step in enumerate(cand.evidence, 1):
        lines.append(f"{n}. `{step.file}:{step.line}` {step.note}")
    if cand.fix:
        lines += ["", f"**Fix:** {cand.fix}"]
    return "\n".join(lines)


def _supports_show_document(server: LanguageServer) -> bool:
    caps = server.client_capabilities
    window = getattr(caps, "window", None) if caps is not None else None
    show = getattr(window, "show_document", None) if window is not None else None
    return bool(getattr(show, "support", False))


def _write_markdown(report: Report, root: Path, number: int) -> tuple[str, Path | None]:
    from rootcause.report import render

    markdown = render([report], "markdown", repo=root)
    try:
        folder = Path(tempfile.gettempdir()) / "rootcause-lsp"
        folder.mkdir(exist_ok=True)
        path = folder / f"report-{number}.md"
        path.write_text(markdown, encoding="utf-8")
    except OSError:
        return markdown, None
    return markdown, path


def build_server() -> RootCauseServer:
    """The language server with the rootcause commands and hover registered."""
    server = RootCauseServer()

    def clear(ls: RootCauseServer) -> None:
        for uri in ls.state.published:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        ls.state.published.clear()
        ls.state.hovers.clear()

    @server.command(CLEAR_COMMAND)
    def clear_command(ls: RootCauseServer, *args: Any) -> None:
        clear(ls)

    @server.command(DEBUG_COMMAND)
    async def debug_with_ai(ls: RootCauseServer, *args: Any) -> dict[str, Any]:
        try:
            arg = _argument(args)
            repo = _repo(ls, arg).resolve()
            text = _selected_text(ls, arg)
            report = await asyncio.to_thread(analyze_text, text, repo)
        except Exception as exc:  # noqa: BLE001 - every failure is a message, never a crash
            message = str(exc) if exc.__class__.__name__ in {"UserError", "ValueError"} else f"{type(exc).__name__}: {exc}"
            ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"rootcause: {message}"))
            return {"error": message}
        clear(ls)
        published = diagnostics_for(report, repo)
        for uri, items in published.items():
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[d for d, _ in items])
            )
            ls.state.published.add(uri)
            ls.state.hovers[uri] = [(d.range.start.line, d.range.end.line, c) for d, c in items]
        ls.state.count += 1
        markdown, path = _write_markdown(report, repo, ls.state.count)
        exc_info = report.incident.primary
        if report.candidates:
            top = report.candidates[0]
            summary = f"{exc_info.short_type}: root cause {top.file}:{top.line} in {top.function}: {top.title}"
        else:
            summary = f"{exc_info.short_type}: no root cause found in the repository"
        if path is not None and _supports_show_document(ls):
            ls.window_show_document(
                types.ShowDocumentParams(uri=path.as_uri(), take_focus=False),
                callback=lambda result: None,
            )
        else:
            ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Info, message=f"rootcause: {summary}"))
        return {
            "summary": summary,
            "report": report.to_json(),
            "markdown": markdown,
            "markdownUri": path.as_uri() if path is not None else None,
            "diagnostics": sum(len(v) for v in published.values()),
        }

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: RootCauseServer, params: types.HoverParams) -> types.Hover | None:
        entries = ls.state.hovers.get(params.text_document.uri, [])
        line = params.position.line
        found = [cand for first, last, cand in entries if first <= line <= last]
        if not found:
            return None
        value = "\n\n---\n\n".join(_candidate_markdown(c) for c in found)
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=value))

    return server
