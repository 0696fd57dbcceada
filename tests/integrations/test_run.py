"""``rootcause run -- CMD``: real subprocesses, real tracebacks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rootcause.integrations.panel import is_panel_line

pytestmark = pytest.mark.slow


def rootcause_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "rootcause", *args]


def _strip_panels(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not is_panel_line(line))


def _run(repo: Path, env: dict[str, str], *cmd: str, timeout: float = 60, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        rootcause_cmd("run", "--repo", str(repo), *extra, "--", *cmd),
        capture_output=True,
        env=env,
        timeout=timeout,
        check=False,
    )


WRITER = r"""
import os, sys
out = bytes(range(256)) * 3 + b"line\r\nno newline at end"
err = b"\xff\xfe not utf-8 \x00 nul\n" + "héllo wörld\n".encode() + b"x" * 200000 + b"\n"
os.write(1, out[:100]); os.write(2, err[:50]); os.write(1, out[100:]); os.write(2, err[50:])
sys.exit(7)
"""


def test_passthrough_is_byte_exact_and_keeps_streams_apart(app_repo: Path, clean_env: dict[str, str]) -> None:
    bare = subprocess.run([sys.executable, "-c", WRITER], capture_output=True, check=False)
    wrapped = _run(app_repo, clean_env, sys.executable, "-c", WRITER)
    assert bare.returncode == 7
    assert wrapped.returncode == 7
    assert wrapped.stdout == bare.stdout
    assert wrapped.stderr == bare.stderr


def test_panel_after_traceback_and_repeats_analysed_once(app_repo: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    report = tmp_path / "reports.jsonl"
    result = _run(
        app_repo, clean_env, sys.executable, str(app_repo / "crash.py"), "3", "--exit", "5",
        extra=("--report", str(report)),
    )
    bare = subprocess.run(
        [sys.executable, str(app_repo / "crash.py"), "3", "--exit", "5"], capture_output=True, check=False, cwd=app_repo
    )
    assert result.returncode == 5
    assert result.stdout == bare.stdout
    stderr = result.stderr.decode()
    # The command's own stderr is untouched: remove our panel lines and it is byte-identical.
    assert _strip_panels(stderr).encode() == bare.stderr
    panel = [line for line in stderr.splitlines() if is_panel_line(line)]
    assert panel[0].startswith("┌─ rootcause #1 · TypeError: 'NoneType' object is not subscriptable")
    assert "root cause: shop/users.py:5 in find_user" in stderr
    assert "rootcause analyze " in stderr
    # The panel comes below the traceback it explains.
    assert stderr.index("┌─ rootcause #1") > stderr.index("TypeError: 'NoneType'")
    # Three identical tracebacks: one analysis, one panel, the repeats counted.
    assert stderr.count("┌─ rootcause") == 1
    assert "same traceback as #1 (seen 3 times)" in stderr
    lines = report.read_text().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["candidates"][0]["file"] == "shop/users.py"
    assert data["source"] == "stderr"
    # The printed command shows the full report.
    saved = Path(data["traceback_file"])
    full = subprocess.run(
        rootcause_cmd("analyze", str(saved), "--repo", str(app_repo)), capture_output=True, env=clean_env, check=False
    )
    assert full.returncode == 0
    assert b"shop/users.py:5" in full.stdout


def test_output_is_not_delayed_by_analysis(app_repo: Path, clean_env: dict[str, str]) -> None:
    """A line printed right after a traceback reaches us before its analysis is done."""
    result = _run(app_repo, clean_env, sys.executable, str(app_repo / "crash.py"), "1", "--after", "AFTER-LINE")
    stderr = result.stderr.decode()
    assert result.returncode == 0
    assert "AFTER-LINE" in stderr
    assert stderr.index("AFTER-LINE") < stderr.index("┌─ rootcause #1")


SLOW_PRINTER = r"""
import sys, time, pathlib
print("first", flush=True)
gate = pathlib.Path(sys.argv[1])
deadline = time.time() + 20
while not gate.exists() and time.time() < deadline:
    time.sleep(0.02)
print("second", flush=True)
"""


def test_output_arrives_in_real_time(app_repo: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    gate = tmp_path / "gate"
    proc = subprocess.Popen(
        rootcause_cmd("run", "--repo", str(app_repo), "--", sys.executable, "-c", SLOW_PRINTER, str(gate)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env,
    )
    try:
        assert proc.stdout is not None
        start = time.monotonic()
        assert proc.stdout.readline() == b"first\n"  # while the command still runs
        assert proc.poll() is None
        assert time.monotonic() - start < 15
        gate.touch()
        assert proc.stdout.readline() == b"second\n"
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


TRAPPER = r"""
import os, signal, time


def handler(signum, frame):
    os.write(1, f"got {signal.Signals(signum).name}\n".encode())  # print() is not signal-safe
    os._exit(40 + signum)
signal.signal(signal.SIGINT, handler)
signal.signal(signal.SIGTERM, handler)
print("ready", flush=True)
time.sleep(30)
print("not interrupted", flush=True)
"""


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signals_are_forwarded_and_exit_code_kept(app_repo: Path, clean_env: dict[str, str], sig: signal.Signals) -> None:
    proc = subprocess.Popen(
        rootcause_cmd("run", "--repo", str(app_repo), "--", sys.executable, "-c", TRAPPER),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"ready\n"
        os.kill(proc.pid, sig)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert out == f"got {sig.name}\n".encode(), (proc.returncode, err)
    assert proc.returncode == 40 + sig


def test_death_by_signal_is_reproduced(app_repo: Path, clean_env: dict[str, str]) -> None:
    result = _run(app_repo, clean_env, sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)")
    assert result.returncode == -signal.SIGTERM


def test_missing_command_is_a_one_line_error(app_repo: Path, clean_env: dict[str, str]) -> None:
    result = _run(app_repo, clean_env, "definitely-not-a-command-xyz")
    assert result.returncode == 127
    assert result.stderr.decode().strip() == "rootcause: error: command not found: definitely-not-a-command-xyz"
    empty = subprocess.run(rootcause_cmd("run", "--repo", str(app_repo)), capture_output=True, env=clean_env, check=False)
    assert empty.returncode == 2
    assert b"after --" in empty.stderr


def test_plain_run_arguments_are_parsed_without_typer() -> None:
    from rootcause.integrations.command import parse_run_args

    assert parse_run_args(["--repo", "x", "--", "cmd", "-r", "y", "--"]) == (["cmd", "-r", "y", "--"], Path("x"), None)
    assert parse_run_args(["-r", "x", "--report", "f.jsonl", "--", "c"]) == (["c"], Path("x"), Path("f.jsonl"))
    assert parse_run_args(["--repo=x", "--report=f", "--", "c"]) == (["c"], Path("x"), Path("f"))
    assert parse_run_args(["--", "c"]) == (["c"], Path("."), None)
    # Anything else is left to the typer CLI (help, errors, the form without --).
    for args in (["c", "--repo", "x"], ["--help", "--", "c"], ["-r=x", "--", "c"], ["--repo", "--", "c"], ["--bad", "--"]):
        assert parse_run_args(args) is None, args


def test_wrapper_without_traceback_loads_no_heavy_module(app_repo: Path, clean_env: dict[str, str]) -> None:
    """Start-up stays light: no typer/click, rich or analysis code in the wrapper's process."""
    code = (
        "import sys\n"
        "from rootcause.entry import main\n"
        f"sys.argv = ['rootcause', 'run', '--repo', {str(app_repo)!r}, '--', sys.executable, '-c', 'print(1)']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    status = exc.code\n"
        "heavy = ('typer', 'click', 'rich', 'rootcause.cli', 'rootcause.analysis', 'rootcause.llm', 'openai',\n"
        "         'networkx', 'tree_sitter', 'rootcause.index', 'rootcause.report')\n"
        "print(status, sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=clean_env, check=False, timeout=60)
    assert result.stdout.decode().splitlines() == ["1", "0 []"], result.stderr
    # --help still goes to the full CLI.
    helped = subprocess.run(rootcause_cmd("run", "--help"), capture_output=True, env=clean_env, check=False)
    assert helped.returncode == 0
    assert b"--report" in helped.stdout
