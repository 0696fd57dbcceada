from __future__ import annotations

from pathlib import Path


def test_coroutine_is_traced_to_the_call_without_await(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("missing_await", "feeds", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("feeds/runner.py", "collect", 5)
    assert first.rule == "RC201"
    assert "await" in (first.fix or "")
    assert any("async def" in e.note for e in first.evidence)


def test_coroutine_passed_where_a_callable_is_expected(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("callable_coro", "mailer", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("mailer/signup.py", "register", 7)
    assert first.rule == "RC201"
    assert "submit(send_welcome" in (first.fix or "")
