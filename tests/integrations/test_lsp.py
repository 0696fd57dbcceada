"""``rootcause lsp`` end to end, with pytest-lsp as a real LSP client over stdio."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

FIXTURES = Path(__file__).parent / "fixtures"


pytestmark = pytest.mark.slow

WORK = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def lsp_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("lsp") / "app"
    shutil.copytree(FIXTURES / "app", repo, ignore=shutil.ignore_patterns("__pycache__"))
    return repo


def _traceback(repo: Path) -> str:
    run = subprocess.run([sys.executable, "crash.py", "1"], capture_output=True, text=True, cwd=repo, check=False)
    assert "TypeError" in run.stderr
    return run.stderr


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "rootcause", "lsp"],
        server_env={**os.environ, "ROOTCAUSE_ENGINE": "offline", "ROOTCAUSE_CONFIG": os.devnull},
    ),
)
async def client(lsp_client: LanguageClient, lsp_repo: Path):  # type: ignore[no-untyped-def]
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(
                window=types.WindowClientCapabilities(show_document=types.ShowDocumentClientCapabilities(support=True)),
                text_document=types.TextDocumentClientCapabilities(
                    publish_diagnostics=types.PublishDiagnosticsClientCapabilities(related_information=True),
                    hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
                ),
            ),
            root_uri=lsp_repo.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=lsp_repo.as_uri(), name="app")],
        )
    )
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_debug_with_ai_publishes_ranked_diagnostics(client: LanguageClient, lsp_repo: Path) -> None:
    text = "some log line\n" + _traceback(lsp_repo) + "another line\n"
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="rootcause.debugWithAI", arguments=[{"text": text}])
    )
    assert "error" not in result, result
    users = (lsp_repo / "shop" / "users.py").as_uri()
    service = (lsp_repo / "shop" / "service.py").as_uri()
    # The origin is where the None was produced, at its real line and columns.
    origin = client.diagnostics[users]
    assert len(origin) == 1
    top = origin[0]
    assert top.source == "rootcause"
    assert top.code == "RC101"
    assert top.severity == types.DiagnosticSeverity.Error
    assert top.message.startswith("#1 ")
    assert top.range.start.line == 4  # shop/users.py:5
    assert top.range.start.character == 4
    assert top.range.end.character == len("    return USERS.get(user_id)")
    # The evidence chain, step by step, as related information pointing into the repo.
    related = top.related_information or []
    assert related, "evidence chain missing"
    assert related[0].location.uri == service
    assert related[0].location.range.start.line == 5  # crash site shop/service.py:6
    assert any(r.location.uri == users for r in related)
    assert all(r.message[0].isdigit() for r in related)
    # The symptom at the crash site is published too.
    assert any(d.message.startswith("#2 ") for d in client.diagnostics[service])
    # The explanation: a markdown report, shown with window/showDocument.
    assert result["markdownUri"].endswith(".md")
    assert [p.uri for p in client.shown_documents] == [result["markdownUri"]]
    assert "shop/users.py:5" in result["markdown"]
    # Hover over the diagnostic shows the candidate's explanation.
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=users), position=types.Position(line=4, character=10))
    )
    assert hover is not None
    assert "find_user" in hover.contents.value  # type: ignore[union-attr]


@pytest.mark.asyncio
async def test_selection_in_a_document_and_errors(client: LanguageClient, lsp_repo: Path) -> None:
    log = lsp_repo / "server.log"
    log.write_text("INFO boot\n" + _traceback(lsp_repo))
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=log.as_uri(), language_id="log", version=1, text=log.read_text())
        )
    )
    n_lines = len(log.read_text().splitlines())
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="rootcause.debugWithAI",
            arguments=[{"uri": log.as_uri(), "range": {"start": {"line": 1, "character": 0}, "end": {"line": n_lines, "character": 0}}}],
        )
    )
    assert result["report"]["candidates"][0]["file"] == "shop/users.py"
    # No traceback: a clear message, no crash, the server still answers.
    bad = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="rootcause.debugWithAI", arguments=["just some text"])
    )
    assert bad["error"] == "no Python traceback found in the selection"
    assert any("no Python traceback" in m.message for m in client.messages)
    # Clearing removes the published diagnostics.
    await client.workspace_execute_command_async(types.ExecuteCommandParams(command="rootcause.clear"))
    assert all(not diags for diags in client.diagnostics.values())
