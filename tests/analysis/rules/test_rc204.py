from __future__ import annotations

from pathlib import Path


def test_missing_selectinload_query_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("lazy_load", "blog", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("blog/crud.py", "get_by_handle")
    assert first.rule == "RC204"
    assert "selectinload(Author.posts)" in (first.fix or "")
    assert ("blog/models.py", "Author") in fixture_app.top(report, 3)
