"""Server logs, pytest reports, structlog and Sentry: fixtures rendered by real runs.

The fixtures and their truths come from ``fixtures/generate.py`` (uvicorn, gunicorn and
hypercorn actually served a failing app; pytest really ran a failing suite; structlog and
sentry_sdk really logged / captured the exceptions). Truth files hold what the live
exception objects said, computed by ``fixtures/truth.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ingest_support import FIXTURES, assert_exact, summarize

from rootcause.ingest import parse_file, parse_text
from rootcause.model import Incident, Relation

APPS = FIXTURES / "apps"
#: The fixtures were rendered in some checkout; their absolute paths name it, wherever it was.
RECORDED_APPS_MARK = "/tests/ingest/fixtures/apps/"


def _in_apps(path: str) -> bool:
    return RECORDED_APPS_MARK in path


def _truths(name: str) -> list[list[dict[str, Any]]]:
    path = FIXTURES / f"{name}.truth.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line]


def _primary_type(truth: list[dict[str, Any]]) -> str:
    return [e for e in truth if e["depth"] == 0][-1]["type"]


@pytest.mark.parametrize("server", ["uvicorn", "gunicorn", "hypercorn"])
def test_server_logs_exact(server: str) -> None:
    result = parse_file(str(FIXTURES / f"{server}.txt"))
    truths = _truths(server)
    assert len(truths) == 2
    assert len(result.incidents) == 2
    for incident, truth in zip(result.incidents, truths, strict=True):
        assert incident.format == server
        assert_exact(incident, truth)


def test_uvicorn_library_frames_between_app_frames() -> None:
    first = parse_file(str(FIXTURES / "uvicorn.txt"), repo=APPS).incidents[0]
    lookup = first.primary
    assert lookup.type == "LookupError"
    flags = [f.in_app for f in lookup.frames]
    assert flags[0] is False and flags[-1] is True  # uvicorn first, the app last
    assert any("starlette" in f.path and not f.in_app for f in lookup.frames)
    app_frames = [f.repo_path for f in lookup.frames if f.in_app]
    assert app_frames == ["shop/app.py", "shop/services/orders.py"]
    assert [e.relation for e in first.exceptions] == [None, Relation.CAUSE]


def test_frames_cli_on_uvicorn_log_as_a_new_user() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "rootcause",
            "frames",
            str(FIXTURES / "uvicorn.txt"),
            "--repo",
            str(APPS),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"incidents", "warnings"}
    assert [i["format"] for i in data["incidents"]] == ["uvicorn", "uvicorn"]
    primaries = [i["exceptions"][-1] for i in data["incidents"]]
    assert [p["type"] for p in primaries] == ["LookupError", "ZeroDivisionError"]
    frame = primaries[1]["frames"][-1]
    assert set(frame) == {
        "path",
        "lineno",
        "function",
        "line",
        "in_app",
        "repo_path",
        "repo_lineno",
    }
    assert (frame["repo_path"], frame["repo_lineno"], frame["function"], frame["in_app"]) == (
        "shop/services/orders.py",
        20,
        "average",
        True,
    )
    text = subprocess.run(
        [
            sys.executable,
            "-m",
            "rootcause",
            "frames",
            str(FIXTURES / "uvicorn.txt"),
            "--repo",
            str(APPS),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert text.returncode == 0
    assert text.stdout.count("Incident ") == 2 and "shop/services/orders.py:20" in text.stdout


# -- pytest ----------------------------------------------------------------------------------


def _by_type(incidents: tuple[Incident, ...]) -> dict[str, Incident]:
    return {i.primary.type: i for i in incidents}


def _project_frames(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in frames if _in_apps(f["path"])]


def _matches_path(printed: str, truth_path: str) -> bool:
    return printed == truth_path or truth_path.endswith("/" + printed)


@pytest.mark.parametrize("style", ["long", "short", "auto"])
def test_pytest_long_short_auto(style: str) -> None:
    incidents = parse_file(str(FIXTURES / f"pytest_{style}.txt")).incidents
    truths = _truths(f"pytest_{style}")
    assert len(incidents) == len(truths) == 4
    assert {i.format for i in incidents} == {"pytest"}
    parsed = _by_type(incidents)
    for truth in truths:
        incident = parsed[_primary_type(truth)]
        got = summarize(incident)
        assert [(e["type"], e["message"], e["relation"]) for e in got] == [
            (e["type"], e["message"], e["relation"]) for e in truth
        ]
        for got_exc, truth_exc in zip(got, truth, strict=True):
            # pytest hides its own frames and starts at the test function.
            shown = [
                f
                for f in got_exc["frames"]
                if not f["path"].startswith("/") or _in_apps(f["path"])
            ]
            expected = _project_frames(truth_exc["frames"])
            assert len(shown) == len(expected)
            for frame, want in zip(shown, expected, strict=True):
                assert _matches_path(frame["path"], want["path"])
                assert frame["lineno"] == want["lineno"]
                if style == "short" or frame["function"] != "?":
                    assert frame["function"] == want["function"]


def test_pytest_long_function_names_from_def_lines() -> None:
    incidents = _by_type(parse_file(str(FIXTURES / "pytest_long.txt")).incidents)
    lookup = incidents["LookupError"].exceptions[-1]
    assert [f.function for f in lookup.frames] == ["test_chained_error", "order_total"]
    assert lookup.frames[0].line == 'order_total(["apple", "kiwi"])'


def test_pytest_unknown_function_is_filled_from_repo() -> None:
    incidents = _by_type(parse_file(str(FIXTURES / "pytest_long.txt"), repo=APPS).incidents)
    key_error = incidents["LookupError"].exceptions[0]
    genexpr_frame = key_error.frames[1]
    assert genexpr_frame.repo_path == "shop/services/orders.py"
    assert genexpr_frame.function == "order_total"  # enclosing def of line 14


def test_pytest_line_style() -> None:
    incidents = parse_file(str(FIXTURES / "pytest_line.txt")).incidents
    truths = _truths("pytest_line")
    assert len(incidents) == 4
    parsed = _by_type(incidents)
    for truth in truths:
        incident = parsed[_primary_type(truth)]
        got = summarize(incident)
        assert [(e["type"], e["message"], e["relation"]) for e in got] == [
            (e["type"], e["message"], e["relation"]) for e in truth
        ]
        frames = [f for e in got for f in e["frames"]]
        if frames:  # the one location printed is where the last exception was raised
            assert (frames[-1]["path"], frames[-1]["lineno"]) == (
                truth[-1]["frames"][-1]["path"],
                truth[-1]["frames"][-1]["lineno"],
            )


def test_pytest_native_exact() -> None:
    incidents = parse_file(str(FIXTURES / "pytest_native.txt")).incidents
    truths = _truths("pytest_native")
    parsed = _by_type(incidents)
    assert len(incidents) == 4 and {i.format for i in incidents} == {"pytest"}
    for truth in truths:
        assert_exact(parsed[_primary_type(truth)], truth)


# -- structlog / sentry ------------------------------------------------------------------------


def test_structlog_format_exc_info_exact() -> None:
    result = parse_file(str(FIXTURES / "structlog_text.txt"))
    truths = _truths("structlog_text")
    assert len(result.incidents) == 2
    for incident, truth in zip(result.incidents, truths, strict=True):
        assert incident.format == "structlog"
        assert_exact(incident, truth)
    assert [i.start_line for i in result.incidents] == [2, 4]


def test_structlog_dict_tracebacks() -> None:
    result = parse_file(str(FIXTURES / "structlog_dict.txt"))
    truths = _truths("structlog_dict")
    assert len(result.incidents) == 2
    for incident, truth in zip(result.incidents, truths, strict=True):
        assert incident.format == "structlog"
        got = summarize(incident)
        # structlog records the class name only (no module).
        for exc, want in zip(got, truth, strict=True):
            assert exc["type"] == want["type"].rsplit(".", 1)[-1]
            assert (exc["message"], exc["relation"], exc["frames"]) == (
                want["message"],
                want["relation"],
                want["frames"],
            )


def test_sentry_chain_event() -> None:
    [incident] = parse_file(str(FIXTURES / "sentry_chain.json")).incidents
    [truth, _] = _truths("sentry")
    assert incident.format == "sentry"
    got = summarize(incident)
    assert [(e["type"], e["message"], e["frames"]) for e in got] == [
        (e["type"], e["message"], e["frames"]) for e in truth
    ]
    assert all(f.in_app for e in incident.exceptions for f in e.frames)  # Sentry's own flags
    assert incident.primary.type == "RuntimeError"


def test_sentry_group_event() -> None:
    text = (FIXTURES / "sentry_group.json").read_text()
    [incident] = parse_text(text).incidents
    [_, truth] = _truths("sentry")
    got = summarize(incident)
    assert [(e["type"], e["relation"], e["depth"], e["frames"]) for e in got] == [
        (e["type"], e["relation"], e["depth"], e["frames"]) for e in truth
    ]
    # Sentry keeps the group's own message, without CPython's "(2 sub-exceptions)".
    assert truth[0]["message"].startswith(got[0]["message"])
    assert incident.primary.type == "ExceptionGroup"


def test_sentry_event_inside_a_log_line() -> None:
    event = json.loads((FIXTURES / "sentry_chain.json").read_text())
    log = "\n".join(["starting", "sentry event: " + json.dumps(event), "done"])
    [incident] = parse_text(log).incidents
    assert incident.format == "sentry" and incident.start_line == 2


@pytest.mark.slow
def test_live_uvicorn_run(tmp_path: Path) -> None:
    """Start uvicorn for real (127.0.0.1), two failing requests, parse what it printed."""
    pytest.importorskip("uvicorn")
    sys.path.insert(0, str(FIXTURES))
    try:
        import generate
    finally:
        sys.path.remove(str(FIXTURES))
    generate.uvicorn_log(tmp_path)
    result = parse_file(str(tmp_path / "uvicorn.txt"), repo=APPS)
    truths = [
        json.loads(line) for line in (tmp_path / "uvicorn.truth.jsonl").read_text().splitlines()
    ]
    assert len(result.incidents) == len(truths) == 2
    for incident, truth in zip(result.incidents, truths, strict=True):
        assert incident.format == "uvicorn"
        assert_exact(incident, truth)
