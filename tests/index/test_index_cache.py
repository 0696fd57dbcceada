"""The persistent cache: warm runs, changed files, corruption, concurrent runs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rootcause.index import RepoIndex, build_index
from rootcause.index.cache import cache_file
from rootcause.workspace import Workspace

SERVICE = "src/shop/services/users.py"


def run(repo: Path, cache: Path, **kwargs: object) -> RepoIndex:
    idx = build_index(Workspace(repo), cache_dir=cache, **kwargs)  # type: ignore[arg-type]
    idx.close()
    return idx


def test_warm_run_parses_nothing_and_answers_the_same(shop: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = run(shop, cache)
    assert cold.stats.parsed == cold.stats.files == 14 and cold.stats.cache_hits == 0
    warm = build_index(Workspace(shop), cache_dir=cache)
    assert warm.stats.parsed == 0 and warm.stats.cache_hits == 14
    found = warm.resolve("self.repo.get_user", SERVICE, 15)
    assert found is not None and found.qualname == "UserRepository.get_user"
    assert len(warm.callers(found.path, found.qualname)) == 2
    assert warm.modules[SERVICE] == cold.modules[SERVICE]
    # totals come from the cache rows, without loading every module
    for idx in (cold, warm):
        assert idx.stats.functions == sum(len(m.functions) for m in cold.modules.values())
        assert idx.stats.calls == sum(len(m.calls) for m in cold.modules.values())
        assert idx.stats.classes == sum(len(m.classes) for m in cold.modules.values()) == 10
        assert idx.stats.imports == sum(len(m.imports) for m in cold.modules.values())
    warm.close()


def test_touched_file_is_hashed_not_parsed_and_edited_file_is_parsed(
    shop: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    run(shop, cache)
    target = shop / "src/shop/notify.py"
    stat = target.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    touched = run(shop, cache)
    assert touched.stats.parsed == 0 and touched.stats.cache_hits == 14
    assert run(shop, cache).stats.parsed == 0  # the new mtime was recorded
    target.write_text(target.read_text() + "\n\ndef send_goodbye(user):\n    return user\n")
    edited = build_index(Workspace(shop), cache_dir=cache)
    assert edited.stats.parsed == 1
    assert edited.modules["src/shop/notify.py"].function("send_goodbye") is not None
    assert edited.paths_defining("send_goodbye") == ["src/shop/notify.py"]
    edited.close()


def test_new_and_deleted_files_and_renamed_packages(shop: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run(shop, cache)
    (shop / "src/shop/notify.py").unlink()
    (shop / "src/shop/extra.py").write_text("def extra():\n    return 1\n")
    idx = run(shop, cache)
    assert (idx.stats.parsed, idx.stats.removed, idx.stats.files) == (1, 1, 14)
    # a new __init__.py makes ``plugins`` a regular package, but under ``src/`` the
    # names of its modules stay the same: only the new file is parsed
    (shop / "src/plugins/__init__.py").write_text("")
    again = run(shop, cache)
    assert again.stats.parsed == 1
    (shop / "src/plugins/__init__.py").unlink()
    # now ``src`` is a package: every name under it changes (relative imports too), so
    # those files are extracted again; only the top-level broken.py keeps its name
    (shop / "src/__init__.py").write_text("")
    renamed = build_index(Workspace(shop), cache_dir=cache)
    assert (renamed.stats.parsed, renamed.stats.cache_hits) == (renamed.stats.files - 1, 1)
    assert renamed.module_named("src.shop.db") is not None
    renamed.close()


def test_name_lookups_match_whole_names_and_forget_deleted_files(
    shop: Path, tmp_path: Path
) -> None:
    import sqlite3

    cache = tmp_path / "cache"
    extra = shop / "src/shop/extra.py"
    extra.write_text("def get_user_by_id(x):\n    return get_user_by_idx(x)\n")
    run(shop, cache)
    warm = build_index(Workspace(shop), cache_dir=cache)
    assert warm.stats.parsed == 0
    assert "src/shop/extra.py" not in warm.paths_calling("get_user")
    assert warm.paths_calling("get_user_by_idx") == ["src/shop/extra.py"]
    assert warm.paths_defining("get_user_by_id") == ["src/shop/extra.py"]
    assert warm.paths_defining("get_user_by") == warm.paths_calling("user_by_idx") == []
    warm.close()
    extra.unlink()
    after = build_index(Workspace(shop), cache_dir=cache)
    assert after.stats.removed == 1 and after.paths_defining("get_user_by_id") == []
    after.close()
    with sqlite3.connect(cache_file(Workspace(shop).root, cache)) as conn:
        rows = conn.execute("SELECT path FROM names WHERE path = ?", ("src/shop/extra.py",))
        assert rows.fetchall() == []


def test_corrupt_cache_is_rebuilt_with_a_warning(
    shop: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    run(shop, cache)
    db = cache_file(Workspace(shop).root, cache)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 200)
    with caplog.at_level(logging.WARNING, logger="rootcause.index"):
        idx = run(shop, cache)
    assert idx.stats.cache_rebuilt and idx.stats.parsed == 14
    assert any("rebuild" in record.getMessage() for record in caplog.records)
    assert run(shop, cache).stats.parsed == 0


def test_damaged_rows_are_reparsed(shop: Path, tmp_path: Path) -> None:
    import sqlite3

    cache = tmp_path / "cache"
    run(shop, cache)
    db = cache_file(Workspace(shop).root, cache)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE files SET symbols = x'00ff00' WHERE path = ?", (SERVICE,))
    idx = build_index(Workspace(shop), cache_dir=cache)
    assert idx.stats.parsed == 0
    assert idx.modules[SERVICE].class_named("UserService") is not None  # re-parsed on load
    idx.close()


def test_unwritable_cache_dir_is_not_fatal(shop: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    idx = run(shop, blocker / "cache")
    assert idx.stats.files == 14 and idx.stats.cache_path is None


def test_env_variable_chooses_the_cache_dir(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROOTCAUSE_CACHE_DIR", str(tmp_path / "from-env"))
    idx = build_index(Workspace(shop))
    idx.close()
    assert idx.stats.cache_path is not None
    assert Path(idx.stats.cache_path).parent == tmp_path / "from-env"


def test_no_cache_keeps_everything_in_memory(shop: Path, tmp_path: Path) -> None:
    idx = run(shop, tmp_path / "cache", use_cache=False)
    assert idx.stats.cache_path is None and not (tmp_path / "cache").exists()
    assert idx.paths_calling("get_user") == ["src/shop/api/routes.py", SERVICE]


def test_parallel_build_matches_serial(tmp_path: Path) -> None:
    repo = tmp_path / "many"
    (repo / "pkg").mkdir(parents=True)
    (repo / "pkg/__init__.py").write_text("")
    for i in range(60):
        body = f"from .m{(i + 1) % 60} import f{(i + 1) % 60}\n\ndef f{i}(x):\n    return f{(i + 1) % 60}(x)\n"
        (repo / f"pkg/m{i}.py").write_text(body)
    serial = build_index(Workspace(repo), use_cache=False, jobs=1)
    parallel = build_index(Workspace(repo), cache_dir=tmp_path / "cache", jobs=2)
    assert parallel.stats.jobs == 2 and serial.stats.jobs == 1
    assert list(parallel.modules) == list(serial.modules)
    for path in serial.modules:
        assert parallel.modules[path] == serial.modules[path]
    assert [s.caller for s in parallel.callers("pkg/m5.py", "f5")] == ["f4"]
    parallel.close()


_CONCURRENT = """
import sys
from pathlib import Path
from rootcause.index import build_index
from rootcause.workspace import Workspace
idx = build_index(Workspace(Path(sys.argv[1])), cache_dir=Path(sys.argv[2]), jobs=1)
print(idx.stats.files, idx.stats.parsed + idx.stats.cache_hits)
"""


def test_two_concurrent_runs_share_the_cache(shop: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for i in range(40):  # enough work for the two runs to overlap
        (shop / f"src/shop/gen{i}.py").write_text(
            "".join(f"def g{i}_{j}(x):\n    return x + {j}\n" for j in range(200))
        )
    args = [sys.executable, "-c", _CONCURRENT, str(shop), str(cache)]
    procs = [
        subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.split() == ["54", "54"]
        assert "Traceback" not in err
    warm = run(shop, cache)
    assert warm.stats.parsed == 0 and warm.stats.cache_hits == 54


def test_stale_and_surplus_cache_files_are_pruned(tmp_path: Path) -> None:
    from rootcause.index.cache import KEEP_FILES, MAX_AGE_S, prune

    folder = tmp_path / "cache"
    folder.mkdir()
    now = 1_000_000_000.0
    files = []
    for i in range(KEEP_FILES + 3):
        path = folder / f"repo{i}-{i:016x}.sqlite"
        path.write_bytes(b"")
        Path(f"{path}-wal").write_bytes(b"")
        os.utime(path, (now - i, now - i))  # repo0 is the newest
        files.append(path)
    stale = folder / f"old-{'a' * 16}.sqlite"
    stale.write_bytes(b"")
    os.utime(stale, (now - MAX_AGE_S - 10, now - MAX_AGE_S - 10))
    other = folder / "notes.txt"
    other.write_text("not ours")
    doomed = prune(folder, keep=files[-1], now=now)
    assert set(doomed) == {stale, *files[KEEP_FILES:-1]}
    assert not stale.exists() and not Path(f"{files[KEEP_FILES]}-wal").exists()
    assert files[-1].exists() and files[0].exists() and other.exists()


def test_work_is_split_into_shrinking_chunks_biggest_files_first() -> None:
    from rootcause.index.build import chunked

    sizes = [50_000, 1_000, 200_000, 7, 0, 30_000] * 40
    tasks = [(f"m{i}.py", size, 0, f"m{i}", False, None) for i, size in enumerate(sizes)]
    chunks = chunked(tasks, 2)
    assert sorted(t[0] for chunk in chunks for t in chunk) == sorted(t[0] for t in tasks)
    assert chunks[0][0][1] == 200_000 and chunks[-1][-1][1] == 0
    work = [sum(t[1] + 2_000 for t in chunk) for chunk in chunks]
    assert len(chunks) > 4 and work[0] > 2 * work[-2]  # the tail is made of small chunks
    assert chunked(tasks[:1], 2) == [tasks[:1]]
