"""CPython tracebacks (chains, groups, SyntaxError, recursion, notes...) from real runs.

``fixtures/catalogue.py`` raises a catalogue of real exceptions, prints each as CPython does
and records its truth from the live object; every test compares the parse to that truth,
also after the transformations that logs and pastes apply (prefixes, quotes, Windows paths,
cuts). The transformations are applied to real renderings, never typed by hand.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ingest_support import FIXTURES, Run, assert_exact, summarize

from rootcause.ingest import parse_text
from rootcause.ingest.detector import TracebackDetector
from rootcause.model import Relation

NOISE = 'INFO: 127.0.0.1:5000 - "GET /health HTTP/1.1" 200 OK'


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Run:
    work = tmp_path_factory.mktemp("catalogue")
    truth_file = work / "truth.jsonl"
    env = dict(os.environ, PYTHONPATH=str(FIXTURES), RC_TRUTH=str(truth_file))
    proc = subprocess.run(
        [sys.executable, str(FIXTURES / "catalogue.py")],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=60,
    )
    truths = [json.loads(line) for line in truth_file.read_text().splitlines()]
    assert len(truths) >= 12
    return Run(proc.stdout, proc.stderr, truths)


def test_every_catalogue_traceback_exact(catalogue: Run) -> None:
    result = parse_text(catalogue.stderr)
    assert len(result.incidents) == len(catalogue.truths)
    for incident, truth in zip(result.incidents, catalogue.truths, strict=True):
        assert_exact(incident, truth)
        assert incident.format == "python"
        assert incident.warnings == ()


def test_chain_relations_and_primary(catalogue: Run) -> None:
    incidents = parse_text(catalogue.stderr).incidents
    chained = incidents[0]
    assert [e.type for e in chained.exceptions] == ["KeyError", "ValueError"]
    assert [e.relation for e in chained.exceptions] == [None, Relation.CAUSE]
    assert chained.primary.type == "ValueError"
    context = incidents[1]
    assert [e.relation for e in context.exceptions] == [None, Relation.CONTEXT]
    assert context.primary.type == "AttributeError"
    suppressed = incidents[2]
    assert [e.type for e in suppressed.exceptions] == ["LookupError"]


def test_exception_group_tree(catalogue: Run) -> None:
    group = parse_text(catalogue.stderr).incidents[4]
    shape = [(e.type, e.relation, e.group_depth) for e in group.exceptions]
    assert shape == [
        ("ExceptionGroup", None, 0),
        ("ValueError", Relation.GROUP, 1),
        ("KeyError", Relation.GROUP, 1),
        ("RuntimeError", Relation.CAUSE, 1),
    ]
    assert group.exceptions[0].message == "unhandled errors in a TaskGroup (2 sub-exceptions)"
    assert group.primary.type == "ExceptionGroup"


def test_carets_give_columns(catalogue: Run) -> None:
    lambdas = parse_text(catalogue.stderr).incidents[3]
    frame = lambdas.exceptions[-1].frames[-1]
    assert frame.function == "<listcomp>" or frame.function == "<lambda>"
    with_cols = [f for f in lambdas.exceptions[-1].frames if f.col is not None]
    assert with_cols
    for f in with_cols:
        assert f.line is not None and f.end_col is not None
        assert 0 <= f.col < f.end_col <= len(f.line)
    genexpr = next(f for f in lambdas.exceptions[-1].frames if f.function == "<genexpr>")
    assert genexpr.line is not None and genexpr.col is not None
    assert genexpr.line[genexpr.col : genexpr.end_col] == "fn(y)"


def test_syntax_error_location_is_last_frame(catalogue: Run) -> None:
    syntax = next(
        i for i in parse_text(catalogue.stderr).incidents if i.primary.type == "SyntaxError"
    )
    last = syntax.primary.frames[-1]
    assert (last.path, last.lineno, last.function) == ("generated.py", 1, "<syntax error>")
    assert last.line == "def f(:"


def test_uncaught_syntax_error_without_header(run_python: Callable[..., Run]) -> None:
    run = run_python({"main.py": "x = 1\ndef broken(:\n    pass\n"})
    assert "Traceback" not in run.stderr
    incidents = parse_text(run.stderr).incidents
    assert len(incidents) == 1
    exc = incidents[0].primary
    assert exc.type == "SyntaxError"
    assert [(Path(f.path).name, f.lineno, f.function) for f in exc.frames] == [
        ("main.py", 2, "<syntax error>")
    ]
    assert incidents[0].warnings == ()


def test_uncaught_with_import_chain_and_notes(run_python: Callable[..., Run]) -> None:
    run = run_python(
        {
            "main.py": """
                import pkg.service

                pkg.service.run()
            """,
            "pkg/__init__.py": "",
            "pkg/service.py": """
                from pydantic import BaseModel


                class User(BaseModel):
                    name: str
                    age: int


                def run():
                    User(name=None, age="x")
            """,
        }
    )
    [truth] = run.truths
    [incident] = parse_text(run.stderr).incidents
    assert_exact(incident, truth)
    assert incident.primary.type == "pydantic_core._pydantic_core.ValidationError"
    assert incident.primary.message.count("\n") >= 4


# -- transformations of real renderings --------------------------------------------------


def _prefixed(text: str, make_prefix: Callable[[int], str]) -> str:
    return "\n".join(make_prefix(i) + line for i, line in enumerate(text.splitlines()))


@pytest.mark.parametrize(
    "make_prefix",
    [
        lambda i: "web-1  | ",  # docker compose
        lambda i: (
            f"2026-11-22T00:{i // 60:02d}:{i % 60:02d}.{(i * 7919) % 10**6}Z stderr F "
        ),  # k8s
        lambda i: "> ",  # quoted in an issue
        lambda i: "\t",  # tab-indented paste
        lambda i: "INTERNALERROR> ",  # pytest internal error prefix
    ],
    ids=["docker", "k8s", "quote", "tab", "internalerror"],
)
def test_per_line_prefixes(catalogue: Run, make_prefix: Callable[[int], str]) -> None:
    text = _prefixed(catalogue.stderr, make_prefix)
    incidents = parse_text(text).incidents
    assert len(incidents) == len(catalogue.truths)
    for incident, truth in zip(incidents, catalogue.truths, strict=True):
        assert_exact(incident, truth)


def test_internalerror_format_is_pytest(catalogue: Run) -> None:
    text = _prefixed(catalogue.stderr, lambda i: "INTERNALERROR> ")
    assert {i.format for i in parse_text(text).incidents} == {"pytest"}


def _windows(path: str) -> str:
    """How the same run prints a path on Windows (a documented transformation)."""
    if path.startswith("<") or not path.startswith("/"):
        return path
    return "C:" + path.replace("/", "\\")


def test_windows_paths(catalogue: Run) -> None:
    text = catalogue.stderr
    truths = copy.deepcopy(catalogue.truths)
    for truth in truths:
        for exc in truth:
            for frame in exc["frames"]:
                text = text.replace(f'File "{frame["path"]}"', f'File "{_windows(frame["path"])}"')
                frame["path"] = _windows(frame["path"])
    assert "C:\\" in text
    incidents = parse_text(text).incidents
    for incident, truth in zip(incidents, truths, strict=True):
        assert_exact(incident, truth)


def _non_group(truths: list[list[dict[str, Any]]]) -> list[int]:
    return [i for i, t in enumerate(truths) if all(e["depth"] == 0 for e in t) and len(t) < 2]


def test_dedented_paste(catalogue: Run) -> None:
    """A copy from a web page: every line's indentation lost."""
    text = "\n".join(line.lstrip() for line in catalogue.stderr.splitlines())
    incidents = parse_text(text).incidents
    by_type = {i.primary.type: i for i in incidents}
    for index in _non_group(catalogue.truths):
        truth = catalogue.truths[index]
        incident = by_type[truth[-1]["type"]]
        got = summarize(incident)
        assert [f for e in got for f in e["frames"]] == [f for e in truth for f in e["frames"]]
        assert got[-1]["message"].split("\n")[0] == truth[-1]["message"].split("\n")[0]


def test_truncated_renderings_keep_what_was_readable(catalogue: Run) -> None:
    lines = catalogue.stderr.splitlines()
    first_end = lines.index(NOISE, 1)
    block = lines[1:first_end]  # the first scenario's traceback
    truth_frames = [f for e in catalogue.truths[0] for f in e["frames"]]
    for cut in range(2, len(block)):
        result = parse_text("\n".join(block[:cut]))
        if not result.incidents:
            continue
        [incident] = result.incidents
        got = [f for e in summarize(incident) for f in e["frames"]]
        assert got == truth_frames[: len(got)]
        if incident.exceptions[-1].type == "<truncated>":
            assert any("cut off" in w for w in incident.warnings)


def test_elided_frames_warn(catalogue: Run) -> None:
    lines = catalogue.stderr.splitlines()
    end = lines.index(NOISE, 1)
    block = lines[1:end]
    file_lines = [i for i, line in enumerate(block) if line.startswith('  File "')]
    # Replace the second frame (File line + source) by "  ...", as people do in issues.
    start, stop = file_lines[1], file_lines[2]
    pasted = [*block[:start], "  ...", *block[stop:]]
    [incident] = parse_text("\n".join(pasted)).incidents
    assert any("elided" in w for w in incident.warnings)
    truth_frames = [f for e in catalogue.truths[0] for f in e["frames"]]
    got = [f for e in summarize(incident) for f in e["frames"]]
    assert got == truth_frames[:1] + truth_frames[2:]


def test_logging_exception_with_timestamps(run_python: Callable[..., Run]) -> None:
    run = run_python(
        {
            "main.py": """
                import logging
                import truth

                logging.basicConfig(format="%(asctime)s %(levelname)s [%(name)s] %(message)s")
                log = logging.getLogger("app.billing")


                def charge(amount):
                    return 100 / amount


                for amount in (5, 0, 10):
                    log.warning("charging %s", amount)
                    try:
                        charge(amount)
                    except ZeroDivisionError as exc:
                        log.exception("charge failed")
                        truth.dump(exc)
                log.warning("done")
            """
        }
    )
    [truth] = run.truths
    [incident] = parse_text(run.stderr).incidents
    assert incident.format == "logging"
    assert_exact(incident, truth)


def test_detector_is_incremental(catalogue: Run) -> None:
    detector = TracebackDetector()
    completed_at: list[int] = []
    lines = catalogue.stderr.splitlines()
    for number, line in enumerate(lines, 1):
        for incident in detector.feed(line + "\n"):
            completed_at.append(number)
            assert incident.end_line is not None and incident.end_line < number
    assert detector.flush() == []
    # Every incident was reported on the noise line right after it, not at the end.
    assert len(completed_at) == len(catalogue.truths)
    assert all(lines[n - 1] == NOISE for n in completed_at)


def test_detector_flush_returns_open_incident(catalogue: Run) -> None:
    detector = TracebackDetector()
    block = catalogue.stderr.splitlines()[1:]
    end = block.index(NOISE)
    found = [i for line in block[:end] for i in detector.feed(line)]
    assert found == []
    [incident] = detector.flush()
    assert_exact(incident, catalogue.truths[0])
