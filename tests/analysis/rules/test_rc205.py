from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_session_created_at_import_and_shared(tmp_path: Path) -> None:
    report, text = rc.analyse("rc205_session", tmp_path, ["-m", "bank.run", "shared"])
    assert "PendingRollbackError" in text
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("bank/customers.py", "<module>", 6, "RC205")
    assert "rollback" in rc.text_of(top).lower()
    assert any(c.function == "register" for c in rc.by_rule(report, "RC205"))


def test_object_returned_from_a_closed_session_block(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc205_session", tmp_path, ["-m", "bank.run", "detached"])
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("bank/lookup.py", "find_customer", "RC205")
    assert (top.line, top.end_line) == (7, 8)
    assert "cards" in top.title


def test_object_expired_by_commit_then_detached(tmp_path: Path) -> None:
    # "attribute refresh operation cannot proceed" names no attribute: the ones read on the
    # crash line are tried, and the commit that expired them is part of the explanation.
    report, text = rc.analyse("rc205_session", tmp_path, ["-m", "bank.run", "expired"])
    assert "attribute refresh operation" in text
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("bank/opening.py", "open_account", "RC205")
    assert "expire_on_commit" in rc.text_of(top)


def test_begin_after_autobegin(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc205_session", tmp_path, ["-m", "bank.run", "begin"])
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("bank/rename.py", "rename", "RC205")
    assert (top.line, top.end_line) == (8, 9)
    assert "autobegin" in top.title


def test_one_session_shared_by_coroutines_gathered_in_a_loop(fixture_app, tmp_path: Path) -> None:
    report, text = fixture_app.analyse("rc205_gather", "stats", tmp_path)
    assert "concurrent operations are not permitted" in text
    top = report.candidates[0]
    assert (top.file, top.function, top.line, top.rule) == ("stats/report.py", "table_sizes", 13, "RC205")
    assert "`db`" in top.title


def test_object_returned_from_a_session_made_by_an_injected_factory(tmp_path: Path) -> None:
    # `with self._session_factory() as session:` is a session block like `with Session():`
    report, _ = rc.analyse("rc205_session", tmp_path, ["-m", "bank.run", "factory"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == (
        "bank/directory.py",
        "Directory.by_email",
        12,
        "RC205",
    )
