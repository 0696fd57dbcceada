from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_from_orm_without_from_attributes_points_at_model_config(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc308_v1", tmp_path, ["-m", "people.export"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("people/schemas.py", "Person", 5, "RC308")
    assert "from_attributes" in rc.text_of(top)


def test_v1_model_field_attributes_span_the_loop(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc308_v1", tmp_path, ["-m", "people.docs"])
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("people/docs.py", "describe", "RC308")
    assert (top.line, top.end_line) == (8, 10)
    assert "is_required()" in rc.text_of(top)


def test_v1_config_fields_aliases_vanish_on_pydantic_2(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc308_v1", tmp_path, ["-m", "people.badges"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("people/schemas.py", "Badge.Config", 16, "RC308")
    assert "alias" in rc.text_of(top)


def test_v1_json_kwargs_are_named_as_v1_usage(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc308_v1", tmp_path, ["-m", "people.legacy_json"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("people/legacy_json.py", "dump", 5, "RC308")
    assert "model_dump_json" in rc.text_of(top)
