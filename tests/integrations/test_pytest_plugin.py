"""``pytest --rootcause``: the plugin, driven through pytester on a real failing test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

FIXTURES = Path(__file__).parent / "fixtures"

TESTS = """
from shop.service import greeting


def test_known_user():
    assert greeting(1) == "hello ada"


def test_unknown_user():
    assert greeting(2) == "hello ?"


def test_plain_assert():
    assert 1 + 1 == 3
"""

PASSING = """
from shop.service import greeting


def test_known_user():
    assert greeting(1) == "hello ada"
"""


@pytest.fixture
def project(pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    shutil.copytree(FIXTURES / "app" / "shop", pytester.path / "shop")
    monkeypatch.setenv("ROOTCAUSE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("ROOTCAUSE_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("ROOTCAUSE_ENGINE", "offline")
    pytester.syspathinsert()
    return pytester


def _section(output: str) -> str:
    """The text of the first 'root cause' section in pytest's output."""
    start = output.index(" root cause ")
    rest = output[start:].split("\n", 1)[1]
    end = min((i for i in (rest.find("\n___"), rest.find("\n===")) if i >= 0), default=len(rest))
    return rest[:end]


def test_failing_tests_get_a_root_cause_section_and_json(project: pytest.Pytester, tmp_path: Path) -> None:
    project.makepyfile(test_shop=TESTS)
    out = tmp_path / "rc.json"
    result = project.runpytest("--rootcause", f"--rootcause-json={out}", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=2)
    output = result.stdout.str()
    section = _section(output)
    # From the live exception: the None comes from find_user's dict.get, not the crash line.
    assert section.startswith("#1 shop/users.py:5 in find_user")
    assert "shop/service.py:6" in section
    assert output.count("- root cause -") == 2  # both failures; the passing test has none
    # The summary names each failure's top cause.
    assert "test_shop.py::test_unknown_user: shop/users.py:5 find_user" in output

    document = json.loads(out.read_text())
    by_test = {entry["nodeid"]: entry for entry in document["failures"]}
    assert set(by_test) == {"test_shop.py::test_unknown_user", "test_shop.py::test_plain_assert"}
    unknown = by_test["test_shop.py::test_unknown_user"]
    assert unknown["when"] == "call"
    assert unknown["report"]["candidates"][0]["file"] == "shop/users.py"
    assert unknown["report"]["incident"]["exceptions"][0]["type"] == "TypeError"
    # Exact frames from the exception object, starting at the test (pytest's own trimmed).
    frames = unknown["report"]["incident"]["exceptions"][0]["frames"]
    assert [f["function"] for f in frames] == ["test_unknown_user", "greeting"]
    assert frames[1]["line"] == 'return "hello " + user["name"]'


def test_json_alone_implies_the_plugin(project: pytest.Pytester, tmp_path: Path) -> None:
    project.makepyfile(test_shop=TESTS)
    out = tmp_path / "rc.json"
    result = project.runpytest(f"--rootcause-json={out}", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=2)
    assert len(json.loads(out.read_text())["failures"]) == 2


def test_off_by_default(project: pytest.Pytester) -> None:
    project.makepyfile(test_shop=TESTS)
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=2)
    assert " root cause" not in result.stdout.str()


def test_no_effect_on_passing_runs(project: pytest.Pytester) -> None:
    project.makepyfile(test_shop=PASSING)
    plain = project.runpytest("-p", "no:cacheprovider")
    with_plugin = project.runpytest("--rootcause", "-p", "no:cacheprovider")
    plain.assert_outcomes(passed=1)
    with_plugin.assert_outcomes(passed=1)
    assert "root cause" not in with_plugin.stdout.str()
    assert [line for line in with_plugin.outlines if " in " not in line] == [
        line for line in plain.outlines if " in " not in line
    ]


def test_skips_and_xfails_are_not_analysed(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_other="""
import pytest
from shop.service import greeting


def test_skip():
    pytest.skip("not today")

@pytest.mark.xfail(strict=True)
def test_xfail():
    greeting(2)

def test_fail_call():
    pytest.fail("explicit")
"""
    )
    result = project.runpytest("--rootcause", "-p", "no:cacheprovider")
    result.assert_outcomes(skipped=1, xfailed=1, failed=1)
    assert "- root cause -" not in result.stdout.str()
