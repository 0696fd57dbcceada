"""Every committed eval case is well-formed: valid expected.json, gold at real code, a parsable
traceback whose crash frame agrees with the ``control`` flag."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from eval_set import all_case_dirs, crash_frame, last_incident

from rootcause.evaluation.cases import Case, load_case
from rootcause.evaluation.checks import gold_problems, module_symbols, scope_at
from rootcause.model import Frame
from rootcause.workspace import Workspace

CASE_DIRS = all_case_dirs()
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize("case_dir", CASE_DIRS, ids=[d.name for d in CASE_DIRS])
def test_case_is_well_formed(case_dir: Path) -> None:
    case = load_case(case_dir)
    assert case.id == case_dir.name, "id must equal the folder name"
    assert ID_PATTERN.match(case.id), "id must be lowercase-with-dashes"
    assert case.id.startswith(case.category + "-"), "id must start with the category"
    assert gold_problems(case) == []
    if case.repro is not None:
        first = case.repro.read_text(encoding="utf-8").splitlines()[:1]
        assert first == ["#!/usr/bin/env python3"], "repro must start with a python3 shebang"


@pytest.mark.parametrize("case_dir", CASE_DIRS, ids=[d.name for d in CASE_DIRS])
def test_traceback_parses_and_matches_control_flag(case_dir: Path) -> None:
    case = load_case(case_dir)
    incident = last_incident(case.read_traceback(), case.repo)
    assert incident is not None, "traceback.txt holds no traceback rootcause can parse"
    frame = crash_frame(incident)
    if frame is None or frame.repo_path is None:
        # e.g. ResponseValidationError: raised from library frames only
        assert not case.control, "control case, but no frame of the traceback is in the repo"
        return
    workspace = Workspace(case.repo)
    primary_hits, where = _gold_at(case, workspace, frame)
    if case.control:
        # the crash of the primary exception, or of an exception it wraps (raise ... from exc),
        # or the place the error message names (FastAPI's ResponseValidationError names the
        # endpoint's file, line and function)
        chain = [crash_frame(replace(incident, exceptions=(exc,))) for exc in incident.exceptions]
        messages = "\n".join(exc.message for exc in incident.exceptions)
        assert (
            primary_hits
            or any(f is not None and _gold_at(case, workspace, f)[0] for f in chain)
            or any(_named_in(messages, g.file, g.function) for g in case.gold)
        ), f"control case, but the gold is not at the crash ({where})"
    else:
        assert not primary_hits, f"the gold is the crash function ({where}): mark it control"


def _named_in(text: str, file: str, function: str) -> bool:
    name = function.rsplit(".", 1)[-1]
    return f'{file}"' in text and f"in {name}" in text


def _gold_at(case: Case, workspace: Workspace, frame: Frame) -> tuple[bool, str]:
    """Whether a gold location is the frame's function or holds its line; and where it is."""
    path = frame.repo_path or ""
    line = frame.repo_lineno or frame.lineno
    symbols = module_symbols(workspace, path)
    assert symbols is not None
    scope = scope_at(symbols, line)
    hit = any(
        g.file == path and (g.function == scope or g.start_line <= line <= g.end_line)
        for g in case.gold
    )
    return hit, f"crash at {path}:{line} in {scope}"


def test_the_set_is_large_and_varied() -> None:
    """The issue's bar: at least 60 cases over 20 categories, about a fifth of them controls."""
    cases = [load_case(d) for d in CASE_DIRS]
    assert len(cases) >= 60
    assert len({c.category for c in cases}) >= 20
    controls = sum(c.control for c in cases) / len(cases)
    assert 0.1 <= controls <= 0.3
