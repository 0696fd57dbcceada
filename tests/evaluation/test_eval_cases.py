"""Loading and validating case folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_helpers import CaseFactory

from rootcause.errors import UserError
from rootcause.evaluation.cases import (
    CaseError,
    GoldLocation,
    discover_case_dirs,
    load_case,
    load_cases,
)


def _rewrite(case_dir: Path, **changes: object) -> None:
    path = case_dir / "expected.json"
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


def test_load_valid_case(make_case: CaseFactory) -> None:
    case_dir = make_case(
        "none-one",
        gold=[{"file": "./app/service.py", "function": "load", "lines": [2, 3]}],
        must_mention=["None", "load"],
        control=True,
    )
    (case_dir / "repro").write_text("#!/usr/bin/env python3\n")
    case = load_case(case_dir)
    assert case.id == "none-one"
    assert case.gold == (GoldLocation("app/service.py", "load", 2, 3),)
    assert case.must_mention == ("None", "load")
    assert case.control is True
    assert case.repo == (case_dir / "repo").resolve()
    assert case.repro == (case_dir / "repro").resolve()
    assert "ValueError" in case.read_traceback()


def test_control_defaults_to_false_and_repro_is_optional(make_case: CaseFactory) -> None:
    case_dir = make_case("plain")
    data = json.loads((case_dir / "expected.json").read_text())
    del data["control"], data["must_mention"], data["description"]
    (case_dir / "expected.json").write_text(json.dumps(data))
    case = load_case(case_dir)
    assert case.control is False
    assert case.must_mention == ()
    assert case.repro is None


def test_repo_key_relative_and_absolute(make_case: CaseFactory, tmp_path: Path) -> None:
    shared = tmp_path / "checkout"
    (shared / "app").mkdir(parents=True)
    (shared / "app" / "service.py").write_text("def load():\n    return None\n")
    relative = make_case("rel", with_repo_dir=False, extra={"repo": "../../checkout"})
    absolute = make_case("abs", with_repo_dir=False, extra={"repo": str(shared)})
    assert load_case(relative).repo == shared.resolve()
    assert load_case(absolute).repo == shared.resolve()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"gold": []}, "gold"),
        ({"gold": [{"file": "a.py", "function": "f", "lines": [5, 2]}]}, "start <= end"),
        ({"gold": [{"file": "a.py", "function": "f", "lines": [0, 2]}]}, "1 <= start"),
        ({"gold": [{"file": "/etc/a.py", "function": "f", "lines": [1, 2]}]}, "relative"),
        ({"gold": [{"file": "../a.py", "function": "f", "lines": [1, 2]}]}, "relative"),
        ({"gold": [{"file": "a.py", "function": "f", "lines": [1]}]}, "gold.0.lines"),
        ({"gold": [{"file": "a.py", "lines": [1, 1]}]}, "gold.0.function"),
        ({"control": "yes"}, "control"),
        ({"must_mentions": ["x"]}, "must_mentions"),
        ({"category": ""}, "category"),
        ({"must_mention": "None"}, "must_mention"),
    ],
)
def test_malformed_expected_is_a_clear_error(
    make_case: CaseFactory, change: dict[str, object], message: str
) -> None:
    case_dir = make_case("bad")
    _rewrite(case_dir, **change)
    with pytest.raises(CaseError) as info:
        load_case(case_dir)
    text = str(info.value)
    assert "expected.json" in text
    assert message in text
    assert isinstance(info.value, UserError)


def test_invalid_json(make_case: CaseFactory) -> None:
    case_dir = make_case("bad")
    (case_dir / "expected.json").write_text("{not json")
    with pytest.raises(CaseError, match="not valid JSON"):
        load_case(case_dir)


def test_missing_pieces(make_case: CaseFactory) -> None:
    no_tb = make_case("no-tb")
    (no_tb / "traceback.txt").unlink()
    with pytest.raises(CaseError, match=r"no traceback\.txt"):
        load_case(no_tb)
    no_repo = make_case("no-repo", with_repo_dir=False)
    with pytest.raises(CaseError, match="no repo/ folder"):
        load_case(no_repo)
    both = make_case("both", extra={"repo": "repo"})
    with pytest.raises(CaseError, match="both"):
        load_case(both)
    missing_repo = make_case("gone", with_repo_dir=False, extra={"repo": "../nowhere"})
    with pytest.raises(CaseError, match="is not a folder"):
        load_case(missing_repo)


def test_discovery_case_folder_or_folder_of_cases(make_case: CaseFactory, tmp_path: Path) -> None:
    first = make_case("b-case")
    second = make_case("a-case")
    nested_root = tmp_path / "cases" / "group"
    nested_root.mkdir()
    from eval_helpers import write_case

    nested = write_case(nested_root, "c-case")
    # a case's repo may itself contain an expected.json; it is not a case
    (first / "repo" / "expected.json").write_text("{}")
    found = discover_case_dirs([tmp_path / "cases"])
    assert found == [second.resolve(), first.resolve(), nested.resolve()]
    assert discover_case_dirs([first, tmp_path / "cases"])[0] == first.resolve()
    assert len(discover_case_dirs([first, tmp_path / "cases"])) == 3


def test_discovery_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such folder"):
        discover_case_dirs([tmp_path / "missing"])
    file = tmp_path / "file.txt"
    file.write_text("x")
    with pytest.raises(UserError, match="not a folder"):
        discover_case_dirs([file])


def test_load_cases_lists_every_problem_and_duplicate_ids(
    make_case: CaseFactory, tmp_path: Path
) -> None:
    make_case("good")
    bad = make_case("bad")
    (bad / "traceback.txt").unlink()
    dup = make_case("dup")
    _rewrite(dup, id="good")
    with pytest.raises(CaseError) as info:
        load_cases([tmp_path / "cases"])
    text = str(info.value)
    assert text.startswith("2 malformed eval cases")
    assert "traceback.txt" in text
    assert "id 'good' already used" in text
