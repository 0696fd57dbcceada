from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_dict_key_that_differs_from_the_response_model(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc305_resp", tmp_path, ["-m", "inv.check", "bins"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("inv/store.py", "bin_row", 13, "RC305")
    text = rc.text_of(top)
    assert "free_qty" in text and "`free`" in text
    assert any(e.file == "inv/schemas.py" for e in top.evidence)


def test_none_returned_to_the_response_model_is_a_missing_404(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc305_resp", tmp_path, ["-m", "inv.check", "unknown"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("inv/api.py", "read_item", 11, "RC305")
    assert "404" in rc.text_of(top)
    # where the None comes from is named as contributing
    assert any(c.function == "find_item" for c in rc.by_rule(report, "RC305"))


def test_none_in_a_non_optional_response_field_points_at_the_field(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc305_resp", tmp_path, ["-m", "inv.check", "label"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("inv/schemas.py", "Item", 17, "RC305")
    assert "None" in top.title and "Optional" in rc.text_of(top)


def test_field_built_as_another_type_points_at_the_dict_entry(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc305_resp", tmp_path, ["-m", "inv.check", "stock"])
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("inv/store.py", "stock_summary", "RC305")
    assert top.line == 26
    assert "str" in top.title and "int" in top.title
    # the schema stays in the list, below the producer
    assert any(c.file == "inv/schemas.py" for c in report.candidates[1:])


def test_enum_field_rejects_a_literal_returned_by_a_helper(fixture_app, tmp_path: Path) -> None:
    # ticket_state() returns "escalate"; State accepts "escalated"
    report, _ = fixture_app.analyse("enum_literal", "ticketing", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "ticketing/status.py",
        "ticket_state",
        8,
        "RC305",
    )
    assert "'escalate'" in first.title


def test_response_error_logged_without_app_frames_still_finds_the_literal(
    fixture_app, tmp_path: Path
) -> None:
    # an exception handler prints the error: its traceback holds only FastAPI frames, and
    # FastAPI names the endpoint inside the message; the repo is right, so no "wrong --repo"
    report, text = fixture_app.analyse("enum_literal", "ticketing.served", tmp_path)
    assert "ResponseValidationError" in text
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("ticketing/status.py", "ticket_state", 8)
    assert not any("wrong --repo" in w for w in report.warnings)
    assert any("the candidates come from what the message names" in w for w in report.warnings)
