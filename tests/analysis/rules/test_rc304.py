from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_depends_on_a_called_generator_points_at_the_depends(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc304_di", tmp_path, ["-m", "svc.called"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("svc/called.py", "current_tenant", 8, "RC304")
    assert "Depends(get_conn)" in (top.fix or "")


def test_plain_default_instead_of_depends(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc304_di", tmp_path, ["-m", "svc.plain"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("svc/plain.py", "list_reports", 18, "RC304")
    assert "Depends(get_conn)" in rc.text_of(top)


def test_class_dependency_init_parameters_become_query_parameters(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc304_di", tmp_path, ["-m", "svc.classdep"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("svc/classdep.py", "list_orders", 10, "RC304")
    assert "page_size" in top.title
    assert any(e.file == "svc/pagination.py" for e in top.evidence)
    assert rc.by_rule(report, "RC301") == []


def test_route_called_directly_gets_the_query_marker(tmp_path: Path) -> None:
    report, text = rc.analyse("rc304_di", tmp_path, ["-m", "svc.direct"])
    assert "'Query'" in text
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("svc/direct.py", "nightly_export", 12, "RC304")
    assert "`limit`" in rc.text_of(top)
