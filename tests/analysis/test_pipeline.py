from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rootcause.analysis.pipeline import analyze_incident
from rootcause.errors import UserError
from rootcause.ingest import parse_text
from rootcause.model import CandidateKind


def _incident(text: str, repo: Path):
    parsed = parse_text(text, repo=repo)
    assert parsed.incidents
    return parsed.incidents[-1]


def test_changed_file_relocates_the_frame(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("none_origin", tmp_path)
    text = fixture_app.run(repo, "shop")
    greetings = repo / "shop" / "greetings.py"
    greetings.write_text("# a comment added later\n\n" + greetings.read_text())
    report = analyze_incident(_incident(text, repo), repo=repo)
    assert report.candidates[0].function == "UserRepository.by_email"
    assert any("changed since the traceback" in w for w in report.warnings)


def test_missing_file_degrades_with_a_warning(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("none_origin", tmp_path)
    text = fixture_app.run(repo, "shop")
    (repo / "shop" / "greetings.py").unlink()
    report = analyze_incident(_incident(text, repo), repo=repo)
    assert report.candidates  # the outer frames still give an honest fallback
    assert all(c.file != "shop/greetings.py" for c in report.candidates)
    assert report.warnings


def test_unparsable_file_does_not_crash(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("none_origin", tmp_path)
    text = fixture_app.run(repo, "shop")
    repo_file = repo / "shop" / "repository.py"
    repo_file.write_text(repo_file.read_text() + "\ndef broken(:\n    pass\n")
    report = analyze_incident(_incident(text, repo), repo=repo)
    assert report.candidates
    assert any("syntax errors" in w for w in report.warnings) or report.candidates[0].file


def test_nothing_in_the_repo_gives_an_explicit_warning(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("none_origin", tmp_path)
    text = fixture_app.run(repo, "shop")
    other = tmp_path / "unrelated"
    (other / "pkg").mkdir(parents=True)
    (other / "pkg" / "x.py").write_text("X = 1\n")
    report = analyze_incident(_incident(text, other), repo=other)
    assert report.candidates == ()
    assert any("maps to a file" in w or "could be read" in w for w in report.warnings)


def test_traceback_naming_files_outside_the_repo_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.py"
    secret.write_text("def leak():\n    return None.x\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "app.py").write_text("def ok():\n    return 1\n")
    text = (
        "Traceback (most recent call last):\n"
        f'  File "{secret}", line 2, in leak\n'
        "    return None.x\n"
        "AttributeError: 'NoneType' object has no attribute 'x'\n"
    )
    report = analyze_incident(_incident(text, repo), repo=repo)
    assert all(c.file != "secret.py" and not c.file.startswith("..") for c in report.candidates)
    assert report.warnings


def test_timings_and_context_are_reported(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("none_origin", "shop", tmp_path)
    for stage in ("resolve", "index", "rules", "rank", "context", "total"):
        assert stage in report.timings_ms
    files = {c.file for c in report.context}
    # The origin's code and the crash site are both in the context.
    assert {"shop/repository.py", "shop/greetings.py"} <= files
    assert report.engine == "offline"


def test_missing_repo_is_a_user_error(tmp_path: Path) -> None:
    text = (
        'Traceback (most recent call last):\n  File "x.py", line 1, in f\n    f()\nValueError: x\n'
    )
    with pytest.raises(UserError):
        analyze_incident(_incident(text, tmp_path), repo=tmp_path / "nope")


def _cli(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rootcause", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
    )


def test_cli_analyze_json_and_exit_codes(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("none_origin", tmp_path)
    text = fixture_app.run(repo, "shop")
    tb = tmp_path / "tb.txt"
    tb.write_text(text)
    proc = _cli("analyze", str(tb), "--repo", str(repo), "--format", "json", "--top", "2")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) >= {"incident", "candidates", "context", "engine", "warnings", "timings_ms"}
    assert len(data["candidates"]) == 2
    cand = data["candidates"][0]
    assert set(cand) == {
        "rank",
        "file",
        "line",
        "end_line",
        "function",
        "score",
        "rule",
        "title",
        "explanation",
        "evidence",
        "fix",
    }
    assert cand["rank"] == 1 and 0.0 <= cand["score"] <= 1.0
    assert all(set(e) == {"file", "line", "note"} for e in cand["evidence"])
    assert all(set(c) == {"file", "start_line", "end_line", "reason"} for c in data["context"])
    nothing = _cli("analyze", "-", "--repo", str(repo), stdin="just a log line\n")
    assert nothing.returncode == 1
    assert "no Python traceback" in nothing.stderr


def test_offline_analyze_never_imports_openai(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("none_origin", tmp_path)
    tb = tmp_path / "tb.txt"
    tb.write_text(fixture_app.run(repo, "shop"))
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['rootcause', 'analyze', {str(tb)!r}, '--repo', {str(repo)!r}, '--engine', 'offline']\n"
        "try:\n"
        "    runpy.run_module('rootcause', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('OPENAI_LOADED' if 'openai' in sys.modules else 'OPENAI_ABSENT')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert "OPENAI_ABSENT" in proc.stdout, proc.stdout[-500:] + proc.stderr[-500:]
    assert "UserRepository.by_email" in proc.stdout


def test_rules_command_lists_and_documents(capsys) -> None:
    from rootcause.analysis.command import rules_command

    assert rules_command(None) == 0
    listing = capsys.readouterr().out
    for code in ("RC100", "RC101", "RC102", "RC103", "RC201", "RC202", "RC203", "RC204"):
        assert code in listing
    assert rules_command("rc101") == 0
    assert "Example" in capsys.readouterr().out
    with pytest.raises(UserError):
        rules_command("RC999")


def test_symptom_of_fallback_when_no_rule_applies(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("crash_only", "calc", tmp_path)
    assert report.candidates[0].kind is CandidateKind.SYMPTOM


def test_llm_refinement_receives_top(fixture_app, tmp_path: Path, monkeypatch) -> None:
    import rootcause.llm as llm
    from rootcause.config import Settings

    seen: dict[str, object] = {}

    def fake_refine(report, *, workspace, settings, index=None, top=None):  # type: ignore[no-untyped-def]
        seen["top"] = top
        return report

    monkeypatch.setattr(llm, "refine", fake_refine)
    repo = fixture_app.copy("entry_path", tmp_path)
    parsed = parse_text(fixture_app.run(repo, "rollout"), repo=repo)
    analyze_incident(parsed.incidents[-1], repo=repo, settings=Settings(engine="llm"), top=2)
    assert seen == {"top": 2}
