"""``rootcause watch LOGFILE``: appended, rotated and truncated logs, real tracebacks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rootcause.errors import UserError
from rootcause.integrations.watch import follow, watch_file


def rootcause_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "rootcause", *args]


def _real_traceback(repo: Path) -> str:
    run = subprocess.run(
        [sys.executable, str(repo / "crash.py"), "1"], capture_output=True, text=True, cwd=repo, check=False
    )
    assert "TypeError" in run.stderr
    return run.stderr


def _wait_for(predicate: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


@pytest.fixture
def watching(app_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path, Path]]:
    """watch_file on tmp/app.log in a thread; yields (log, panels output, reports.jsonl)."""
    monkeypatch.setenv("ROOTCAUSE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("ROOTCAUSE_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("ROOTCAUSE_ENGINE", "offline")
    log = tmp_path / "app.log"
    log.write_text("old line\n" + _real_traceback(app_repo))  # already there: not reported
    out_path = tmp_path / "panels.txt"
    reports = tmp_path / "reports.jsonl"
    stop, ready = threading.Event(), threading.Event()
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    thread = threading.Thread(
        target=watch_file,
        kwargs={
            "path": log, "repo": app_repo, "report_file": reports, "out_fd": fd,
            "stop": stop, "poll": 0.05, "on_ready": ready.set,
        },
    )
    thread.start()
    assert ready.wait(30)
    try:
        yield log, out_path, reports
    finally:
        stop.set()
        thread.join(30)
        os.close(fd)


def _append(path: Path, text: str) -> None:
    with path.open("a") as handle:
        handle.write(text)


def test_new_traceback_is_explained_old_ones_are_not(watching: tuple[Path, Path, Path], app_repo: Path) -> None:
    log, out, reports = watching
    _append(log, "INFO request 1\n" + _real_traceback(app_repo) + "INFO request 2\n")
    _wait_for(lambda: reports.exists() and reports.read_text().count("\n") == 1)
    text = out.read_text()
    assert text.count("┌─ rootcause #1") == 1
    assert "root cause: shop/users.py:5 in find_user" in text
    # The same traceback again: not analysed a second time.
    _append(log, _real_traceback(app_repo) + "INFO next\n")
    _wait_for(lambda: "same traceback as #1 (seen 2 times)" in out.read_text())
    assert reports.read_text().count("\n") == 1


def test_rotation_and_truncation_are_followed(watching: tuple[Path, Path, Path], app_repo: Path) -> None:
    log, out, reports = watching
    tb = _real_traceback(app_repo)
    # Rotation: the old file is renamed, a new one is created at the path.
    log.rename(log.with_suffix(".log.1"))
    log.write_text("fresh file\n")
    time.sleep(0.3)
    _append(log, tb + "after rotation\n")
    _wait_for(lambda: "┌─ rootcause #1" in out.read_text())
    # Truncation: the file is emptied in place, then written again from its start.
    with log.open("w") as handle:
        handle.write("")
    time.sleep(0.3)
    _append(log, tb + "after truncation\n")
    _wait_for(lambda: "same traceback as #1 (seen 2 times)" in out.read_text())
    assert reports.read_text().count("\n") == 1


def test_follow_yields_appended_bytes_only(tmp_path: Path) -> None:
    log = tmp_path / "x.log"
    log.write_bytes(b"before\n")
    stop = threading.Event()
    stream = follow(log, poll=0.01, stop=stop)
    assert next(stream) == b""  # at the end: nothing old
    _append(log, "new\n")
    chunks = b""
    while b"new\n" not in chunks:
        chunks += next(stream)
    assert chunks == b"new\n"
    stop.set()


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="log file not found"):
        next(follow(tmp_path / "nope.log"))


@pytest.mark.slow
def test_watch_command_stops_cleanly_on_ctrl_c(app_repo: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    log.write_text("")
    proc = subprocess.Popen(
        rootcause_cmd("watch", str(log), "--repo", str(app_repo)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env,
    )
    try:
        assert proc.stderr is not None
        assert b"watching" in proc.stderr.readline()
        _append(log, _real_traceback(app_repo) + "INFO ok\n")
        assert proc.stdout is not None
        first = proc.stdout.readline().decode()
        assert first.startswith("┌─ rootcause #1 · TypeError")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
