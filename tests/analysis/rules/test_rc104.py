from __future__ import annotations

from pathlib import Path


def test_env_var_with_float_default_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("operand_env", "relay", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("relay/settings.py", "<module>", 4)
    assert first.rule == "RC104"
    assert "float(" in (first.fix or "")


def test_configparser_get_is_a_str_when_siblings_use_getint(fixture_app, tmp_path: Path) -> None:
    # cooldown = section.get("cooldown", 6): the int default hides that a set option is a str
    report, _ = fixture_app.analyse("config_get", "kiln", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "kiln/config.py",
        "load",
        17,
        "RC104",
    )
    assert "getint" in (first.fix or "")


def test_regex_group_is_a_str_whatever_the_return_annotation(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("regex_group", "runlog", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "runlog/parse.py",
        "minutes",
        10,
        "RC104",
    )


def test_unhashable_key_traced_to_arguments_passed_in_the_wrong_order(
    fixture_app, tmp_path: Path
) -> None:
    # checkout(ledger, member_id, codes) is called as checkout(Ledger(), scanned, member_id):
    # the list reaches self.members[member_id] -> "unhashable type: 'list'"
    report, _ = fixture_app.analyse("swap_unhashable", "lending", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("lending/__main__.py", "finish", 6)
    assert "wrong order" in first.explanation


def test_a_decimal_mixed_into_float_arithmetic_is_the_odd_operand(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("decimal_mix", "scales", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "scales/units.py",
        "to_kg",
        7,
        "RC104",
    )
