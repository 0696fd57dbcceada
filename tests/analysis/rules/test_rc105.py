from __future__ import annotations

from pathlib import Path


def test_enum_filter_on_raw_string_field_is_traced(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("empty_filter", "desk", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("desk/load.py", "parse_case")
    assert first.rule == "RC105"
    assert any("declared" in e.note and "State" in e.note for e in first.evidence)


def test_empty_count_traced_to_a_filter_on_the_wrong_column(fixture_app, tmp_path: Path) -> None:
    # students_in(course_id) filters Enrolment.student_id == course_id (copied from
    # courses_of): no row, an empty Counter, a division by zero two calls later
    report, _ = fixture_app.analyse("wrong_filter", "campus", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.rule) == ("campus/queries.py", "students_in", "RC105")
    assert first.line <= 16 <= first.end_line
    assert "Enrolment.course_id == course_id" in (first.fix or "")


def test_empty_statistic_traced_to_values_folded_unlike_the_constant(
    fixture_app, tmp_path: Path
) -> None:
    # median() of no data: light_frames() compares kind with "LIGHT", but to_frame() stores
    # every kind lower-cased
    report, _ = fixture_app.analyse("case_fold", "darkroom", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "darkroom/frames.py",
        "to_frame",
        12,
        "RC105",
    )
    assert "'LIGHT'" in first.explanation
