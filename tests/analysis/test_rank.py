from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from rootcause.analysis.rank import merge_candidates, rank_candidates
from rootcause.model import Candidate, CandidateKind, Evidence


def _cand(
    file: str, line: int, function: str, kind: CandidateKind, conf: float, rule: str = "RC101"
) -> Candidate:
    return Candidate(
        file,
        line,
        line,
        function,
        rule,
        "t",
        "e",
        (Evidence(file, line, f"n{line}"),),
        None,
        kind,
        conf,
    )


def test_origin_outranks_symptom_at_equal_confidence() -> None:
    ranked = rank_candidates(
        [
            _cand("a.py", 3, "use", CandidateKind.SYMPTOM, 0.6),
            _cand("b.py", 9, "make", CandidateKind.ORIGIN, 0.6),
            _cand("c.py", 1, "<module>", CandidateKind.CONTRIBUTING, 0.6),
        ]
    )
    assert [c.function for c in ranked] == ["make", "use", "<module>"]
    assert [c.rank for c in ranked] == [1, 2, 3]
    assert all(0.0 <= c.score <= 1.0 for c in ranked)


def test_same_place_is_merged_and_evidence_united() -> None:
    merged = merge_candidates(
        [
            _cand("a.py", 3, "f", CandidateKind.SYMPTOM, 0.4, "RC100"),
            _cand("a.py", 3, "f", CandidateKind.SYMPTOM, 0.5, "RC101"),
            _cand("a.py", 30, "g", CandidateKind.SYMPTOM, 0.5),
        ]
    )
    assert len(merged) == 2
    first = next(c for c in merged if c.function == "f")
    assert first.rule == "RC101" and first.confidence > 0.5  # two rules agreeing


def _git(repo: Path, *args: str, when: str = "2020-01-01T00:00:00") -> None:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_SYSTEM": os.devnull,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo), *args],
        check=True,
        capture_output=True,
        env=env,
    )


@pytest.mark.slow
def test_recent_commit_on_candidate_lines_boosts_and_is_named(tmp_path: Path) -> None:
    repo = tmp_path / "r"
    repo.mkdir()
    (repo / "m.py").write_text("".join(f"x{i} = {i}\n" for i in range(1, 21)))
    (repo / "n.py").write_text("".join(f"y{i} = {i}\n" for i in range(1, 21)))
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "first")
    lines = (repo / "m.py").read_text().splitlines()
    lines[9] = "x10 = None"
    (repo / "m.py").write_text("\n".join(lines) + "\n")
    _git(repo, "commit", "-q", "-am", "make x10 optional", when="2021-01-01T00:00:00")
    ranked = rank_candidates(
        [
            _cand("n.py", 10, "b", CandidateKind.ORIGIN, 0.6),
            _cand("m.py", 10, "a", CandidateKind.ORIGIN, 0.6),
        ],
        repo_root=repo,
    )
    assert ranked[0].function == "a"
    assert ranked[0].score > ranked[1].score
    assert any("make x10 optional" in e.note for e in ranked[0].evidence)
    # A file whose lines all share one commit gets no boost.
    assert not any("commit" in e.note for e in ranked[1].evidence)
