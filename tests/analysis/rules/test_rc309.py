from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_the_test_that_leaks_the_override_is_blamed_not_the_victim(tmp_path: Path) -> None:
    report, text = rc.analyse("rc309_overrides", tmp_path, rc.pytest_args())
    assert "test_notes_need_a_token" in text
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("tests/test_notes.py", "test_notes_for_a_guest", 17, "RC309")
    assert "dependency_overrides" in top.title and "get_user" in top.title
    assert "clear()" in (top.fix or "")
    # the test that cleans up after itself is not a suspect
    assert all(c.function != "test_notes_for_a_cleaned_up_user" for c in rc.by_rule(report, "RC309"))


def test_an_autouse_fixture_that_clears_the_overrides_silences_the_rule(tmp_path: Path) -> None:
    repo = rc.copy("rc309_overrides", tmp_path)
    (repo / "tests" / "conftest.py").write_text(
        "import pytest\n\nfrom notes.app import app\n\n\n"
        "@pytest.fixture(autouse=True)\ndef reset_overrides():\n    yield\n    app.dependency_overrides.clear()\n"
    )
    # The victim test now fails for an unrelated reason: the overrides are cleaned up.
    (repo / "tests" / "test_security.py").write_text(
        "from fastapi.testclient import TestClient\n\nfrom notes.app import app\n\n\n"
        "def test_notes_need_a_token():\n    assert TestClient(app).get('/notes').status_code == 403\n"
    )
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.ingest import parse_text

    text = rc.run(repo, rc.pytest_args())
    parsed = parse_text(text, repo=repo)
    report = analyze_incident(parsed.incidents[-1], repo=repo)
    assert rc.by_rule(report, "RC309") == []


def test_a_failure_inside_application_code_is_not_pinned_on_the_leak(tmp_path: Path) -> None:
    repo = rc.copy("rc309_overrides", tmp_path)
    (repo / "tests" / "test_security.py").write_text(
        "from notes.app import app\nfrom notes.stats import average_length\n\n\n"
        "def test_average_of_no_notes():\n    assert app is not None\n    assert average_length([]) == 0\n"
    )
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.ingest import parse_text

    text = rc.run(repo, rc.pytest_args())
    assert "ZeroDivisionError" in text
    report = analyze_incident(parse_text(text, repo=repo).incidents[-1], repo=repo)
    top = rc.first(report)
    assert top.rule != "RC309"
    assert all(c.confidence <= 0.35 for c in rc.by_rule(report, "RC309"))
