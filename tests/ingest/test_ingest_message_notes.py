"""Locations printed inside a message (FastAPI's endpoint note), from real renderings.

FastAPI's ResponseValidationError / RequestValidationError end their message with the
endpoint's ``  File "...", line N, in func`` and ``    GET /path``: that note is part of the
message (str(exc) prints it), not a frame nor a new traceback. The fixtures come from
``fixtures/generate.py fastapi`` (TestClient, a uvicorn server, pytest per --tb style); the
truths from the live exception objects (``fixtures/truth.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ingest_support import FIXTURES, Run, assert_exact, summarize

from rootcause.ingest import parse_file, parse_text
from rootcause.ingest.detector import TracebackDetector
from rootcause.ingest.paths import locations_in_message
from rootcause.model import ExceptionInfo, Incident
from rootcause.workspace import Workspace

APPS = FIXTURES / "apps"
NOTE_PREFIX = '\n\n  File "'


def _truths(name: str) -> list[list[dict[str, Any]]]:
    path = FIXTURES / f"{name}.truth.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line]


def _has_note(truth: list[dict[str, Any]]) -> bool:
    return NOTE_PREFIX in truth[-1]["message"]


def test_fixtures_carry_the_note() -> None:
    """Guards the fixtures themselves: the FastAPI in use prints the endpoint note."""
    for name in ("members_plain", "members_uvicorn", "members_pytest_long"):
        truths = _truths(name)
        assert truths and all(_has_note(t) for t in truths)


def test_plain_cpython_keeps_the_note_exact() -> None:
    result = parse_file(str(FIXTURES / "members_plain.txt"))
    truths = _truths("members_plain")
    assert len(truths) == 2 and len(result.incidents) == 2
    for incident, truth in zip(result.incidents, truths, strict=True):
        assert incident.format == "python"
        assert incident.warnings == ()
        assert_exact(incident, truth)
        message = incident.primary.message
        assert message.endswith("in read_member\n    GET /members/{member_id}")
        assert all(f.function != "read_member" for f in incident.primary.frames)


def test_uvicorn_and_logging_records_keep_the_note_exact() -> None:
    result = parse_file(str(FIXTURES / "members_uvicorn.txt"))
    truths = _truths("members_uvicorn")
    assert [i.format for i in result.incidents] == ["uvicorn", "logging", "uvicorn"]
    for incident, truth in zip(result.incidents, truths, strict=True):
        assert_exact(incident, truth)
    request_error = result.incidents[1].primary
    assert request_error.type == "fastapi.exceptions.RequestValidationError"
    assert request_error.message.endswith("in create_member\n    POST /members")


@pytest.mark.parametrize("style", ["long", "short", "auto", "native"])
def test_pytest_reports_keep_the_note(style: str) -> None:
    [incident] = parse_file(str(FIXTURES / f"members_pytest_{style}.txt")).incidents
    [truth] = _truths(f"members_pytest_{style}")
    assert incident.format == "pytest"
    got = summarize(incident)
    assert [(e["type"], e["message"]) for e in got] == [(e["type"], e["message"]) for e in truth]
    printed = [(f.path, f.lineno) for f in incident.primary.frames]
    recorded = [(f["path"], f["lineno"]) for f in truth[-1]["frames"]]
    # pytest hides its own frames; whatever is shown is a real frame, never the note.
    assert all(
        any(path == rp or rp.endswith("/" + path) for rp, rl in recorded if rl == lineno)
        for path, lineno in printed
    )
    if style == "native":
        assert_exact(incident, truth)


def _prefixed(text: str, make_prefix: Callable[[int], str]) -> str:
    return "\n".join(make_prefix(i) + line for i, line in enumerate(text.splitlines()))


@pytest.mark.parametrize(
    "make_prefix",
    [
        lambda i: "web-1  | ",  # docker compose
        lambda i: f"2026-11-22T01:{i // 60:02d}:{i % 60:02d}.{(i * 7919) % 10**6}Z stderr F ",
        lambda i: "> ",  # quoted in an issue
        lambda i: "INTERNALERROR> ",
    ],
    ids=["docker", "k8s", "quote", "internalerror"],
)
def test_prefixed_lines_keep_the_note(make_prefix: Callable[[int], str]) -> None:
    text = _prefixed((FIXTURES / "members_plain.txt").read_text(), make_prefix)
    incidents = parse_text(text).incidents
    truths = _truths("members_plain")
    assert len(incidents) == len(truths)
    for incident, truth in zip(incidents, truths, strict=True):
        assert_exact(incident, truth)


def test_line_feeding_agrees_and_is_incremental() -> None:
    text = (FIXTURES / "members_uvicorn.txt").read_text()
    block = parse_text(text).incidents
    detector = TracebackDetector()
    fed: list[Incident] = []
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        for incident in detector.feed(line):
            assert incident.end_line is not None and incident.end_line < number
            fed.append(incident)
    fed.extend(detector.flush())
    assert [summarize(i) for i in fed] == [summarize(i) for i in block]
    # Each incident ends on its note's last line.
    for incident in fed:
        assert incident.end_line is not None
        assert lines[incident.end_line - 1].strip().startswith(("GET ", "POST "))


def test_locations_in_message_resolve_like_frames(tmp_path: Path) -> None:
    workspace = Workspace(APPS)
    incidents = parse_file(str(FIXTURES / "members_uvicorn.txt"), repo=workspace).incidents
    found = [locations_in_message(i.primary, workspace) for i in incidents]
    assert [[(f.repo_path, f.repo_lineno, f.function, f.in_app) for f in fs] for fs in found] == [
        [("members/app.py", 48, "read_member", True)],
        [("members/app.py", 53, "create_member", True)],
        [("members/app.py", 48, "read_member", True)],
    ]
    source = (APPS / "members" / "app.py").read_text().splitlines()
    assert source[47].startswith("@app.get(") and source[52].startswith("@app.post(")
    # Unresolved without a workspace, and out of app for a repository without the file.
    [bare] = locations_in_message(incidents[0].primary)
    assert (bare.lineno, bare.function, bare.in_app, bare.repo_path) == (
        48,
        "read_member",
        False,
        None,
    )
    (tmp_path / "other.py").write_text("x = 1\n")
    [foreign] = locations_in_message(incidents[0].primary, Workspace(tmp_path))
    assert not foreign.in_app and foreign.repo_path is None
    # No note, no location.
    assert locations_in_message(ExceptionInfo("ValueError", "boom"), workspace) == []


def test_note_inside_an_exception_group(run_python: Callable[..., Run]) -> None:
    run = run_python(
        {
            "main.py": f"""
                import sys

                sys.path.insert(0, {str(APPS)!r})
                from fastapi.testclient import TestClient
                from members.app import app

                client = TestClient(app, raise_server_exceptions=True)
                errors = []
                for member_id in (1, 2):
                    try:
                        client.get(f"/members/{{member_id}}")
                    except Exception as exc:
                        errors.append(exc)
                raise ExceptionGroup("two reads failed", errors)
            """
        }
    )
    [truth] = run.truths
    assert sum(_has_note([e]) for e in truth) == 2
    [incident] = parse_text(run.stderr).incidents
    assert_exact(incident, truth)


def test_header_cut_traceback_after_a_message_is_still_split(
    run_python: Callable[..., Run],
) -> None:
    """A File line after a message that is followed by more frames is a new traceback."""
    run = run_python(
        {
            "main.py": """
                import traceback
                import truth


                def load(key):
                    return {}[key]


                def convert(text):
                    return int(text)


                for action in (lambda: load("a"), lambda: convert("x"), lambda: load("b")):
                    try:
                        action()
                    except Exception as exc:
                        traceback.print_exc()
                        truth.dump(exc)
            """
        }
    )
    assert len(run.truths) == 3
    lines = run.stderr.splitlines()
    headers = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent")]
    # A log that lost the second and third headers (the blank stays: a message ended there).
    kept = [line if i not in headers[1:] else "" for i, line in enumerate(lines)]
    incidents = parse_text("\n".join(kept)).incidents
    assert len(incidents) == 3
    for incident, truth in zip(incidents, run.truths, strict=True):
        assert_exact(incident, truth)
    assert [any("header missing" in w for w in i.warnings) for i in incidents] == [
        False,
        True,
        True,
    ]


def test_message_ends_with_the_note_before_exit_warnings(run_python: Callable[..., Run]) -> None:
    """Lines back at the margin after the note (a warning printed at exit) are not message."""
    run = run_python(
        {
            "main.py": f"""
                import sys

                sys.path.insert(0, {str(APPS)!r})
                from fastapi.testclient import TestClient
                from members.app import app


                async def refresh():
                    return None


                def main():
                    pending = refresh()  # never awaited: CPython warns when it is collected
                    TestClient(app, raise_server_exceptions=True).get("/members/3")


                main()
            """
        }
    )
    [truth] = run.truths
    lines = run.stderr.splitlines()
    assert "was never awaited" in lines[-1]
    [incident] = parse_text(run.stderr).incidents
    assert_exact(incident, truth)
    assert incident.end_line == len(lines) - 1


def test_warning_printed_at_exit_is_not_part_of_the_message(tmp_path: Path) -> None:
    """``sys:1: RuntimeWarning: coroutine ... was never awaited`` follows the traceback when
    the interpreter exits; the message keeps its own lines only (as str(exc) has them)."""
    import subprocess
    import sys

    script = tmp_path / "leaky.py"
    script.write_text(
        "async def fetch():\n    pass\n\n"
        "def main():\n    pending = fetch()\n"
        '    raise ValueError("bad value\\nsecond line")\n\nmain()\n'
    )
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert "RuntimeWarning: coroutine 'fetch' was never awaited" in run.stderr
    incident = parse_text(run.stderr).incidents[-1]
    assert incident.exceptions[-1].message == "bad value\nsecond line"


def test_never_awaited_warning_from_a_uvicorn_worker_ends_the_message(tmp_path: Path) -> None:
    """uvicorn destroys the leaked coroutine in its protocol code, where the warning names
    line ``-1`` (``h11_impl.py:-1: RuntimeWarning: coroutine ... was never awaited``)."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    (tmp_path / "leak_app.py").write_text(
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
        "async def nearest(stop):\n    return {'code': stop}\n\n\n"
        "def build(stop):\n    crew = nearest(stop)\n    return crew.code\n\n\n"
        "@app.get('/dispatch/{stop}')\nasync def dispatch(stop: str):\n"
        "    return {'crew': build(stop)}\n"
    )
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = tmp_path / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "leak_app:app", "--port", str(port)],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/dispatch/A1", timeout=2)
                except urllib.error.HTTPError:
                    break  # the 500 we want
                except OSError:
                    time.sleep(0.1)
        finally:
            server.terminate()
            server.wait(timeout=10)
    text = log.read_text()
    assert "was never awaited" in text, text[-2000:]
    incident = parse_text(text).incidents[-1]
    assert incident.exceptions[-1].message == "'coroutine' object has no attribute 'code'"
