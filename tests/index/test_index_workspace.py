"""Which files the index lists: .gitignore rules, virtualenvs, build and vendored folders."""

from __future__ import annotations

import os
from pathlib import Path

from rootcause.workspace import Workspace


def make(root: Path, files: list[str]) -> None:
    for rel in files:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x = 1\n")


def test_skips_gitignored_virtualenv_build_and_vendored_folders(tmp_path: Path) -> None:
    make(
        tmp_path,
        [
            "app/main.py",
            "app/generated/models_pb2.py",
            "app/keep_pb2.py",
            "app/other_pb2.py",
            "scratch.tmp.py",
            "docs/conf.py",
            "docs/api/inner.py",
            "myenv/lib/python3.11/site-packages/lib.py",
            "build/lib/app/main.py",
            "node_modules/x/y.py",
            "app/_vendor/six.py",
            "pkg.egg-info/x.py",
            ".git/hooks/h.py",
        ],
    )
    (tmp_path / "myenv/pyvenv.cfg").write_text("home = /usr\n")
    (tmp_path / ".gitignore").write_text(
        "# generated code\n*.tmp.py\napp/generated/\n*_pb2.py\n!keep_pb2.py\n"
    )
    (tmp_path / "docs/.gitignore").write_text("api/\n")
    files = Workspace(tmp_path).python_files
    assert files == ("app/keep_pb2.py", "app/main.py", "docs/conf.py")


def test_stats_are_one_per_listed_file(tmp_path: Path) -> None:
    make(tmp_path, ["a.py", "b/c.py", "b/readme.txt"])
    stats = Workspace(tmp_path).python_file_stats()
    assert [path for path, _, _ in stats] == ["a.py", "b/c.py"]
    size, mtime_ns = stats[0][1], stats[0][2]
    assert size == 6 and mtime_ns == (tmp_path / "a.py").stat().st_mtime_ns


def test_symlinks_never_lead_outside_the_root(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    repo = tmp_path / "repo"
    make(outside, ["secret.py", "pkg/mod.py"])
    make(repo, ["real.py"])
    os.symlink(outside / "secret.py", repo / "leak.py")
    os.symlink(outside / "pkg", repo / "pkg")
    os.symlink(repo / "real.py", repo / "alias.py")
    ws = Workspace(repo)
    assert ws.python_files == ("alias.py", "real.py")
    assert ws.read_bytes("leak.py") is None
    assert ws.read_bytes("real.py") == b"x = 1\n"
