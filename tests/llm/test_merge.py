"""Merging the model's reply with the offline ranking, and validating what the model names."""

from __future__ import annotations

from pathlib import Path

import pytest

from rootcause.llm.merge import enclosing_function, merge
from rootcause.llm.schema import AnalysisReply, MalformedReply, parse_reply, reply_json_schema
from rootcause.model import Candidate
from rootcause.workspace import Workspace

CODE = """import os


class Repo:
    def get(self, key):
        value = os.getenv(key)

        return value

    async def other(self):
        def inner():
            return 1
        return inner()


def top():
    return Repo().get("X")
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    (tmp_path / "app.py").write_text(CODE)
    return Workspace(tmp_path)


def _offline(line: int, score: float, function: str) -> Candidate:
    return Candidate("app.py", line, line, function, "RC1", f"t{line}", "e", score=score)


def test_enclosing_function() -> None:
    lines = CODE.splitlines()
    assert enclosing_function(lines, 6) == "Repo.get"
    assert enclosing_function(lines, 7) == "Repo.get"  # blank line inside the body
    assert enclosing_function(lines, 5) == "Repo.get"
    assert enclosing_function(lines, 12) == "Repo.other.inner"
    assert enclosing_function(lines, 17) == "top"
    assert enclosing_function(lines, 1) == "<module>"
    assert enclosing_function(lines, 99) == "<module>"


def test_both_engines_agreeing_ranks_first(workspace: Workspace) -> None:
    h1, h2 = _offline(17, 0.9, "top"), _offline(6, 0.6, "Repo.get")
    reply = AnalysisReply.model_validate(
        {
            "candidates": [
                {"file": "app.py", "line": 8, "title": "returns getenv", "confidence": 0.9}
            ],
            "hypotheses": [
                {"id": "H1", "verdict": "rejected", "confidence": 0.8, "reason": "only a caller"},
                {"id": "H2", "verdict": "confirmed", "confidence": 0.7, "reason": "getenv"},
            ],
        }
    )
    ranked, warnings = merge((h1, h2), reply, {"H1": h1, "H2": h2}, workspace)
    assert warnings == []
    assert [(c.line, c.rank) for c in ranked] == [(6, 1), (17, 2)]
    assert ranked[0].score == pytest.approx((0.6 + 0.9) / 2)  # same function as line 8
    assert ranked[0].source == "offline+llm"
    assert ranked[1].score == pytest.approx(0.9 / 2)  # rejected: the model adds nothing
    assert "rejected this: only a caller" in ranked[1].explanation


def test_model_only_candidate_is_validated(workspace: Workspace) -> None:
    reply = AnalysisReply.model_validate(
        {
            "candidates": [
                {
                    "file": "./app.py",
                    "line": 12,
                    "end_line": 400,
                    "title": "x",
                    "confidence": 0.5,
                    "function": "made.up",
                    "evidence": [{"file": "app.py", "line": 999, "note": "n"}],
                },
                {"file": "app.py", "line": 12, "title": "duplicate", "confidence": 0.4},
            ]
        }
    )
    (only,), _ = merge((), reply, {}, workspace)
    assert (only.file, only.line, only.end_line) == ("app.py", 12, len(CODE.splitlines()))
    assert only.function == "Repo.other.inner" and only.rule == "LLM" and only.source == "llm"
    assert only.score == pytest.approx(0.25)
    assert [(e.file, e.line) for e in only.evidence] == [("app.py", 12)]


def test_symlink_out_of_repo_is_rejected(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "secret.py").write_text("x = 1\n")
    (repo / "link.py").symlink_to(tmp_path / "secret.py")
    reply = AnalysisReply.model_validate(
        {"candidates": [{"file": "link.py", "line": 1, "title": "t"}]}
    )
    ranked, warnings = merge((), reply, {}, Workspace(repo))
    assert ranked == () and "not a file in the repository" in warnings[0]


def test_parse_reply_tolerance_and_errors() -> None:
    assert parse_reply('noise {"summary": "s"} noise').summary == "s"
    assert (
        parse_reply('{"candidates": [{"file": "a", "line": 1, "title": "t", "confidence": 85}]}')
        .candidates[0]
        .confidence
        == 0.85
    )
    for bad in ("", "[]", "{", '{"candidates": [{"line": 1}]}'):
        with pytest.raises(MalformedReply):
            parse_reply(bad)


def test_schema_is_strict() -> None:
    schema = reply_json_schema()
    candidate = schema["$defs"]["ReplyCandidate"]
    assert candidate["additionalProperties"] is False
    assert set(candidate["required"]) == set(candidate["properties"])
    assert "title" in candidate["properties"]


def test_model_text_is_stripped_of_terminal_controls(workspace: Workspace) -> None:
    reply = AnalysisReply.model_validate(
        {
            "candidates": [
                {
                    "file": "app.py",
                    "line": 6,
                    "title": "\x1b[2J\x1b]0;pwned\x07title",
                    "explanation": "ok\x1b[31m red",
                }
            ]
        }
    )
    (only,), _ = merge((), reply, {}, workspace)
    assert "\x1b" not in only.title + only.explanation and "\x07" not in only.title
