"""Overhead of ``rootcause run`` on a chatty command, against the same command run bare.

Two measurements, each a ratio against the bare run in the same invocation:

1. CPU time: a Python script printing N log lines as fast as it can (optionally doing some
   work per line, like a server handling requests), with a real traceback every K lines
   (identical ones: analysed once). Both runs write into pipes drained by this script. ``--work`` adds a fixed computation per line (a loop of
   that many iterations), like a server doing real work per logged request. CPU = user+sys of the whole process tree (the command,
   rootcause, and its analysis worker), from ``getrusage(RUSAGE_CHILDREN)``.
2. Passthrough latency: a script printing a timestamped line every few milliseconds, right
   after printing a traceback (so an analysis runs meanwhile); the reader timestamps each
   line on arrival (CLOCK_MONOTONIC is shared by all processes).

Prints figures; asserts nothing. Usage: python bench/run_overhead.py [--lines N] [--work I ...] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

APP = '''
USERS = {1: {"name": "ada"}}


def find_user(user_id):
    return USERS.get(user_id)


def greeting(user_id):
    user = find_user(user_id)
    return "hello " + user["name"]
'''

CHATTY = r'''
import sys, time, traceback
from shop import greeting
lines, every, work = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
err = sys.stderr
acc = 0
for i in range(lines):
    for k in range(work):  # the request's own work: a fixed amount of computation
        acc ^= k * i
    err.write(f'INFO:     127.0.0.1:5{i % 10000:04d} - "GET /users/{i} HTTP/1.1" 200 OK\n')
    if every and i % every == every - 1:
        try:
            greeting(2)
        except TypeError:
            traceback.print_exc()
    if i % 64 == 0:
        err.flush()
    if i % 1000 == 0:
        print(f"progress {i}")
'''

TICKER = r'''
import sys, time, traceback
from shop import greeting
count, gap = int(sys.argv[1]), float(sys.argv[2])
try:
    greeting(2)
except TypeError:
    traceback.print_exc()
    sys.stderr.flush()
for i in range(count):
    sys.stdout.write(f"{time.clock_gettime_ns(time.CLOCK_MONOTONIC)} tick {i}\n")
    sys.stdout.flush()
    time.sleep(gap)
'''


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _wrapped(repo: Path, argv: list[str]) -> list[str]:
    return [sys.executable, "-m", "rootcause", "run", "--repo", str(repo), "--", *argv]


def _drain(stream: IO[bytes]) -> None:
    while stream.read(1 << 16):
        pass


def measure_cpu(repo: Path, argv: list[str], wrap: bool, env: dict[str, str]) -> tuple[float, float]:
    """(cpu seconds of the whole tree, wall seconds) for one run.

    Both runs write into pipes that this process drains (as a terminal or a log collector
    would): the bare command pays for its pipe writes too, so the difference is rootcause's.
    """
    cmd = _wrapped(repo, argv) if wrap else argv
    before, start = _cpu_children(), time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=repo, env=env)
    drains = [threading.Thread(target=_drain, args=(s,)) for s in (proc.stdout, proc.stderr) if s is not None]
    for thread in drains:
        thread.start()
    for thread in drains:
        thread.join()
    if proc.wait() != 0:
        raise SystemExit(f"{cmd} failed")
    return _cpu_children() - before, time.perf_counter() - start


def measure_latency(repo: Path, argv: list[str], wrap: bool, env: dict[str, str]) -> list[float]:
    """Milliseconds from each tick's write to its arrival at our end of the pipe."""
    cmd = _wrapped(repo, argv) if wrap else argv
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=repo, env=env)
    assert proc.stdout is not None
    delays = []
    for line in proc.stdout:
        now = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
        sent = int(line.split(b" ", 1)[0])
        delays.append((now - sent) / 1e6)
    proc.wait()
    return delays


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000, help="log lines printed by the chatty command")
    parser.add_argument("--every", type=int, default=20_000, help="a traceback every N lines (0: none)")
    parser.add_argument(
        "--work", type=int, nargs="*", default=[0, 1000], help="loop iterations of work per line (0: a pure log flood)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per variant (the median is shown)")
    parser.add_argument("--ticks", type=int, default=200, help="timestamped lines in the latency run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rootcause-bench-") as tmp:
        repo = Path(tmp)
        (repo / "shop.py").write_text(APP)
        (repo / "chatty.py").write_text(CHATTY)
        (repo / "ticker.py").write_text(TICKER)
        env = dict(os.environ, ROOTCAUSE_ENGINE="offline", ROOTCAUSE_CACHE_DIR=str(repo / ".cache"))
        env.pop("PYTHONUNBUFFERED", None)
        print(f"rootcause run overhead (python {sys.version.split()[0]}, {os.cpu_count()} cpus, load {os.getloadavg()[0]:.1f})")
        print()
        noop = [sys.executable, "-c", "pass"]
        fixed = statistics.median(
            measure_cpu(repo, noop, True, env)[0] - measure_cpu(repo, noop, False, env)[0] for _ in range(args.repeat)
        )
        print(f"Start-up: rootcause run adds {fixed:.2f}s CPU once (its interpreter and CLI), whatever the command.")
        print()
        print(f"CPU time, {args.lines} lines, median of {args.repeat} runs (bare vs under rootcause run);")
        print("'steady' leaves out the one-time start-up above (what a long-running server sees):")
        for work in args.work:
            for every in ([0, args.every] if args.every else [0]):
                argv = [sys.executable, "chatty.py", str(args.lines), str(every), str(work)]
                bare = [measure_cpu(repo, argv, False, env) for _ in range(args.repeat)]
                wrapped = [measure_cpu(repo, argv, True, env) for _ in range(args.repeat)]
                cpu_b = statistics.median(c for c, _ in bare)
                cpu_w = statistics.median(c for c, _ in wrapped)
                wall_b = statistics.median(w for _, w in bare)
                wall_w = statistics.median(w for _, w in wrapped)
                per_line = cpu_b / args.lines * 1e6
                label = f"{per_line:5.1f} µs/line bare, " + (f"traceback every {every}" if every else "no traceback")
                steady = (cpu_w - fixed) / cpu_b
                print(
                    f"  {label:<42} cpu {cpu_b:6.2f}s -> {cpu_w:6.2f}s  ratio {cpu_w / cpu_b:5.2f}  "
                    f"steady {steady:5.2f} ({(steady - 1) * 100:+5.1f}%)   wall {wall_b:5.2f}s -> {wall_w:5.2f}s"
                )
        print()
        print(f"Passthrough latency, {args.ticks} lines 10 ms apart, while a traceback is analysed:")
        argv = [sys.executable, "ticker.py", str(args.ticks), "0.01"]
        for wrap in (False, True):
            delays = measure_latency(repo, argv, wrap, env)
            name = "rootcause run" if wrap else "bare"
            print(
                f"  {name:<14} median {statistics.median(delays):6.3f} ms   p95 {_pct(delays, 0.95):6.3f} ms   "
                f"max {max(delays):7.3f} ms   ({len(delays)} lines)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
