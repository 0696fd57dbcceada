"""``rootcause index`` and ``rootcause graph`` as the CLI calls them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rootcause.errors import UserError
from rootcause.index.command import graph_command, index_command


def test_index_command_prints_counts_and_uses_the_cache(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    assert index_command(shop, stats=True, cache_dir=cache, use_cache=True) == 0
    out = capsys.readouterr().out
    assert out.startswith("indexed 14 files in ")
    assert "14 parsed, 0 from cache" in out and "1 with syntax errors" in out
    assert "functions" in out and "calls" in out and str(cache) in out
    assert index_command(shop, stats=False, cache_dir=cache, use_cache=True) == 0
    assert "0 parsed, 14 from cache" in capsys.readouterr().out


def test_graph_command_json_for_a_symbol_and_a_file_line(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert graph_command("UserRepository.get_user", repo=shop, output_format="json") == 0
    doc = json.loads(capsys.readouterr().out)
    (result,) = doc["results"]
    assert result["definition"] == {
        "path": "src/shop/repositories/users.py",
        "qualname": "UserRepository.get_user",
        "kind": "method",
        "line": 17,
    }
    assert {(c["path"], c["caller"]) for c in result["callers"]} == {
        ("src/shop/services/users.py", "UserService.profile"),
        ("src/shop/api/routes.py", "build_repository"),
    }
    assert [c["qualname"] for c in result["callees"]] == ["BaseRepository.get"]
    assert graph_command("src/shop/api/routes.py:19", repo=shop, output_format="text") == 0
    text = capsys.readouterr().out
    assert text.startswith("function read_user  src/shop/api/routes.py:18")
    assert "UserService.profile" in text


def test_graph_command_errors_are_one_line(shop: Path) -> None:
    with pytest.raises(UserError, match="no symbol"):
        graph_command("does_not_exist", repo=shop, output_format="json")
    with pytest.raises(UserError, match="not a Python file"):
        graph_command("../etc/passwd:1", repo=shop, output_format="json")
    with pytest.raises(UserError, match="no such folder"):
        index_command(shop / "nope", stats=False, cache_dir=None, use_cache=True)
