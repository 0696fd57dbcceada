"""Warm runs start from snapshots: the saved file listing and every file's bookkeeping."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from rootcause import workspace as workspace_module
from rootcause.index.build import build_index, prime_listing
from rootcause.index.cache import cache_file
from rootcause.workspace import Workspace


def _age(root: Path, seconds: float = 60.0) -> None:
    """Move every folder's mtime into the past, as for a tree nobody touched lately."""
    past = time.time() - seconds
    for folder, _dirs, _files in os.walk(root):
        os.utime(folder, (past, past))


@pytest.fixture
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Trust folder mtimes at once (ctime cannot be moved back by a test)."""
    monkeypatch.setattr(workspace_module, "RACY_NS", -(10**18))


def _listing_state(root: Path) -> object:
    ws = Workspace(root)
    return ws.listing().state(ws.root)


def test_unchanged_tree_is_adopted_with_fresh_file_stats(shop: Path, no_racy_window: None) -> None:
    _age(shop)
    state = _listing_state(shop)
    target = shop / "src/shop/notify.py"
    target.write_text(target.read_text() + "\n# edited\n")  # content edits need no walk
    ws = Workspace(shop)
    assert ws.adopt_listing(state)
    stats = {path: size for path, size, _ in ws.python_file_stats()}
    assert stats["src/shop/notify.py"] == target.stat().st_size
    assert ws.python_files == Workspace(shop).python_files


@pytest.mark.parametrize("change", ["add", "remove", "gitignore", "venv"])
def test_any_listing_change_makes_the_snapshot_refused(
    shop: Path, no_racy_window: None, change: str
) -> None:
    (shop / "tools").mkdir()
    (shop / "tools/pyvenv.cfg").write_text("home = /usr\n")
    (shop / ".gitignore").write_text("build/\n")
    _age(shop)
    state = _listing_state(shop)
    if change == "add":
        (shop / "src/shop/extra.py").write_text("x = 1\n")
    elif change == "remove":
        (shop / "src/shop/notify.py").unlink()
    elif change == "gitignore":
        (shop / ".gitignore").write_text("build/\nsrc/shop/notify.py\n")
    else:
        (shop / "tools/pyvenv.cfg").unlink()
        (shop / "tools/tool.py").write_text("x = 1\n")
    ws = Workspace(shop)
    assert not ws.adopt_listing(state)
    assert ws.python_files == tuple(Workspace(shop).iter_python_files())


def test_recently_changed_folders_are_not_trusted(shop: Path) -> None:
    state = _listing_state(shop)  # the copy was just made: every folder is "racy"
    assert not Workspace(shop).adopt_listing(state)


def test_foreign_or_damaged_state_is_refused(shop: Path, tmp_path: Path) -> None:
    ws = Workspace(shop)
    other = tmp_path / "other"
    other.mkdir()
    assert not ws.adopt_listing(_listing_state(other))
    assert not ws.adopt_listing(("nonsense",))
    assert not ws.adopt_listing(None)


def test_warm_run_sees_added_removed_and_edited_files(
    shop: Path, tmp_path: Path, no_racy_window: None
) -> None:
    cache = tmp_path / "cache"
    build_index(Workspace(shop), cache_dir=cache).close()
    _age(shop)
    build_index(Workspace(shop), cache_dir=cache).close()  # saves a trusted listing
    warm = build_index(Workspace(shop), cache_dir=cache)
    assert warm.stats.parsed == 0 and warm.stats.cache_hits == warm.stats.files == 14
    assert "names" not in warm.stats.timings  # the snapshot answered: no module naming
    warm.close()

    (shop / "src/shop/extra.py").write_text("def brand_new():\n    return 1\n")
    notify = shop / "src/shop/notify.py"
    notify.write_text("def replaced():\n    return 2\n")
    (shop / "src/shop/db.py").unlink()
    idx = build_index(Workspace(shop), cache_dir=cache)
    assert idx.stats.files == 14 and idx.stats.parsed == 2 and idx.stats.removed == 1
    assert idx.paths_defining("brand_new") == ["src/shop/extra.py"]
    assert idx.paths_defining("replaced") == ["src/shop/notify.py"]
    assert idx.paths_defining("send_welcome") == []  # the old names went with the old content
    assert "src/shop/db.py" not in idx.modules
    idx.close()
    again = build_index(Workspace(shop), cache_dir=cache)
    assert again.stats.parsed == 0 and again.paths_defining("brand_new") == ["src/shop/extra.py"]
    again.close()


def test_prime_listing_lets_the_first_listing_skip_the_walk(
    shop: Path, tmp_path: Path, no_racy_window: None
) -> None:
    cache = tmp_path / "cache"
    assert not prime_listing(Workspace(shop), cache_dir=cache)  # no cache yet
    _age(shop)
    build_index(Workspace(shop), cache_dir=cache).close()
    ws = Workspace(shop)
    assert prime_listing(ws, cache_dir=cache)
    idx = build_index(ws, cache_dir=cache)
    assert idx.stats.cache_hits == 14
    idx.close()


def test_damaged_snapshot_falls_back_to_the_rows(shop: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    build_index(Workspace(shop), cache_dir=cache).close()
    db = cache_file(Workspace(shop).root, cache)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE state SET value = x'00ff00'")
    idx = build_index(Workspace(shop), cache_dir=cache)
    assert idx.stats.parsed == 0 and idx.stats.cache_hits == 14
    assert idx.resolve("self.repo.get_user", "src/shop/services/users.py", 15) is not None
    idx.close()


def test_reads_stay_inside_the_root_and_skip_special_files(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "pkg").mkdir(parents=True)
    (repo / "pkg/mod.py").write_text("x = 1\n")
    (tmp_path / "secret.py").write_text("token = 1\n")
    os.symlink(tmp_path / "secret.py", repo / "leak.py")
    os.symlink(repo / "pkg/mod.py", repo / "alias.py")
    os.mkfifo(repo / "pipe.py")
    ws = Workspace(repo)
    assert ws.read_bytes("pkg/mod.py") == b"x = 1\n"
    assert ws.read_bytes("alias.py") == b"x = 1\n"
    assert ws.read_bytes("leak.py") is None
    assert ws.read_bytes("../secret.py") is None
    assert ws.read_bytes(str(tmp_path / "secret.py")) is None
    assert ws.read_bytes("pipe.py") is None  # and does not block
    assert ws.read_bytes("pkg") is None
    assert ws.read_text("pkg/mod.py") == "x = 1\n"


def test_a_long_lived_workspace_sees_later_changes(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rootcause.index import build as build_module

    monkeypatch.setattr(build_module, "LISTING_MAX_AGE_S", 0.0)
    ws = Workspace(shop)
    build_index(ws, cache_dir=tmp_path / "cache").close()
    (shop / "src/shop/late.py").write_text("def late():\n    return 1\n")
    notify = shop / "src/shop/notify.py"
    notify.write_text(notify.read_text() + "\n\ndef later():\n    return 2\n")
    idx = build_index(ws, cache_dir=tmp_path / "cache")
    assert idx.stats.files == 15 and idx.stats.parsed == 2
    assert idx.paths_defining("later") == ["src/shop/notify.py"]
    idx.close()
