"""Overhead of ``rootcause run`` on a chatty command, against the same command run bare.

Every figure is a ratio against the bare command measured in the same invocation, bare and
wrapped runs interleaved (order alternating) and repeated; medians are shown.

- CPU: user+sys of the whole process tree (the command, ``rootcause run``, its analysis
  worker), from ``getrusage(RUSAGE_CHILDREN)`` around each run. Wall: start to exit.
- Start-up: ``rootcause run`` around a command that sleeps 0.5 s, against that command (paid once).
- Steady state: the wrapped CPU minus that start-up, against the bare CPU, and the same as
  microseconds per output line (what a long-running server pays).
- Scenarios: (a) a real uvicorn + FastAPI app logging one access line per request under a
  load of N requests from an httpx client on 127.0.0.1 (with a couple of 500s that print a
  real traceback, identical: analysed once); (b) a pure output flood (a script writing N log
  lines as fast as it can, one write each, with a couple of tracebacks).
- Passthrough latency: every line carries the CLOCK_MONOTONIC time at which the child wrote
  it; this script notes the time it read it from the wrapper's (or bare command's) pipe.
- Analysis (separate from passthrough): CPU of the analysis worker process for one traceback.

Both bare and wrapped commands write into pipes drained by this script (as a terminal or a
log collector would), so the bare command pays for its own pipe writes too.

``--baseline DIR`` adds a third variant, interleaved with the others: ``rootcause run`` from
the package in DIR (a copy of an older tree), for before/after figures under the same load.

Prints figures; asserts nothing.
Usage: python bench/run_overhead.py [--requests N] [--lines N] [--repeat R] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SHOP = '''
USERS = {1: {"name": "ada"}}


def find_user(user_id):
    return USERS.get(user_id)


def greeting(user_id):
    user = find_user(user_id)
    return "hello " + user["name"]
'''

#: A FastAPI app; the access formatter prefixes each line with its CLOCK_MONOTONIC time.
SERVER_APP = '''
import time

from fastapi import FastAPI
from uvicorn.logging import AccessFormatter

from shop import USERS, greeting

app = FastAPI()


@app.get("/users/{user_id}")
def get_user(user_id: int) -> dict:
    return {"id": user_id, "user": USERS.get(user_id % 2)}


@app.get("/greet/{user_id}")
def greet(user_id: int) -> dict:
    return {"text": greeting(user_id)}


class StampedAccessFormatter(AccessFormatter):
    def formatMessage(self, record):
        return f"{time.clock_gettime_ns(time.CLOCK_MONOTONIC)} {super().formatMessage(record)}"
'''

LOG_CONFIG = '''{
  "version": 1,
  "disable_existing_loggers": false,
  "formatters": {
    "default": {"()": "uvicorn.logging.DefaultFormatter", "fmt": "%(levelprefix)s %(message)s", "use_colors": false},
    "access": {"()": "server_app.StampedAccessFormatter", "use_colors": false,
               "fmt": "%(levelprefix)s %(client_addr)s - \\"%(request_line)s\\" %(status_code)s"}
  },
  "handlers": {
    "default": {"formatter": "default", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
    "access": {"formatter": "access", "class": "logging.StreamHandler", "stream": "ext://sys.stdout"}
  },
  "loggers": {
    "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": false},
    "uvicorn.error": {"level": "INFO"},
    "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": false}
  }
}
'''

#: A pure flood: one write per stamped line on stderr, a progress line on stdout now and then.
FLOOD = r'''
import sys, time, traceback
from shop import greeting
lines, tracebacks = int(sys.argv[1]), int(sys.argv[2])
every = lines // (tracebacks + 1) if tracebacks else 0
err, out, now, mono = sys.stderr, sys.stdout, time.clock_gettime_ns, time.CLOCK_MONOTONIC
for i in range(lines):
    err.write(f'{now(mono)} INFO:     127.0.0.1:5{i % 10000:04d} - "GET /users/{i} HTTP/1.1" 200 OK\n')
    if every and i % every == every - 1 and i < every * (tracebacks + 1) - 1:
        try:
            greeting(2)
        except TypeError:
            traceback.print_exc()
    if i % 1000 == 999:
        out.write(f"{now(mono)} progress {i}\n")
        out.flush()
'''


#: ``rootcause`` as its console script runs it, noting its own CPU (all its threads, not its
#: children) at exit: the wrapper's share, free of the command's run-to-run variance.
LAUNCHER = r'''
import atexit, os, resource, sys

noted = []


def _note():
    if not noted:
        noted.append(1)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        with open(os.environ["BENCH_SELF_CPU"], "a") as out:
            out.write(f"{usage.ru_utime + usage.ru_stime}\n")


atexit.register(_note)
try:  # a command killed by a signal: rootcause re-raises it on itself (atexit would not run)
    import rootcause.integrations.run as run

    exit_like = run.exit_like

    def _exit_like(returncode):
        _note()
        return exit_like(returncode)

    run.exit_like = _exit_like
except ImportError:
    pass
sys.argv[0] = "rootcause"
from rootcause.entry import main

main()
'''


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _wrapped(repo: Path, argv: list[str]) -> list[str]:
    return [sys.executable, str(repo / "launch_rootcause.py"), "run", "--repo", str(repo), "--", *argv]


def _self_cpu(env: dict[str, str]) -> float | None:
    """The CPU the last wrapped run's ``rootcause`` process noted for itself."""
    path = Path(env["BENCH_SELF_CPU"])
    try:
        values = path.read_text().split()
        path.unlink()
    except OSError:
        return None
    return float(values[-1]) if values else None


@dataclass
class Run:
    cpu: float
    wall: float
    lines: int = 0
    delays_ms: list[float] = field(default_factory=list)
    self_cpu: float | None = None


class _Reader(threading.Thread):
    """Drains one pipe; notes the arrival delay of every line starting with a timestamp."""

    def __init__(self, fd: int) -> None:
        super().__init__(daemon=True)
        self.fd = fd
        self.lines = 0
        self.delays_ms: list[float] = []

    def run(self) -> None:
        partial = b""
        clock, mono = time.clock_gettime_ns, time.CLOCK_MONOTONIC
        while data := os.read(self.fd, 1 << 16):
            now = clock(mono)
            lines = (partial + data).split(b"\n")
            partial = lines.pop()
            self.lines += len(lines)
            for line in lines:
                head = line[:20].split(b" ", 1)[0]
                if head.isdigit() and len(head) > 9:
                    self.delays_ms.append((now - int(head)) / 1e6)
        os.close(self.fd)


def _spawn(cmd: list[str], repo: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], list[_Reader]]:
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out_w, stderr=err_w, cwd=repo, env=env)
    os.close(out_w)
    os.close(err_w)
    readers = [_Reader(out_r), _Reader(err_r)]
    for reader in readers:
        reader.start()
    return proc, readers


def _finish(proc: subprocess.Popen[bytes], readers: list[_Reader], before: float, start: float, env: dict[str, str]) -> Run:
    for reader in readers:
        reader.join()
    code = proc.wait()
    if code not in (0, -signal.SIGTERM):
        raise SystemExit(f"{proc.args!r} exited with {code}")
    delays = [d for r in readers for d in r.delays_ms]
    lines = sum(r.lines for r in readers)
    return Run(_cpu_children() - before, time.perf_counter() - start, lines, delays, _self_cpu(env))


def run_command(cmd: list[str], repo: Path, env: dict[str, str]) -> Run:
    before, start = _cpu_children(), time.perf_counter()
    proc, readers = _spawn(cmd, repo, env)
    return _finish(proc, readers, before, start, env)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_server(cmd_for_port: Callable[[int], list[str]], repo: Path, env: dict[str, str], requests: int, errors: int) -> Run:
    """Start the server, send ``requests`` GETs (``errors`` of them crash), SIGTERM it."""
    import httpx

    port = _free_port()
    before, start = _cpu_children(), time.perf_counter()
    proc, readers = _spawn(cmd_for_port(port), repo, env)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start") from None
            time.sleep(0.02)
    crash_at = {requests * (k + 1) // (errors + 1) for k in range(errors)}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
        for i in range(requests):
            if i in crash_at:
                with contextlib.suppress(httpx.HTTPError):  # a 500, maybe a reset connection
                    client.get(f"/greet/2?i={i}", headers={"Connection": "close"})
                continue
            try:
                client.get(f"/users/{i}")
            except httpx.TransportError:  # a connection the server closed after a 500
                client.get(f"/users/{i}")
    proc.send_signal(signal.SIGTERM)
    return _finish(proc, readers, before, start, env)


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def interleaved(repeat: int, variants: list[Callable[[], Run]]) -> list[list[Run]]:
    """``repeat`` runs of each variant, interleaved, the order rotating from one round to the next."""
    runs: list[list[Run]] = [[] for _ in variants]
    for rep in range(repeat):
        for k in range(len(variants)):
            index = (k + rep) % len(variants)
            runs[index].append(variants[index]())
    return runs


def report(
    title: str, bares: list[Run], wraps: list[Run], startup: float, self_startup: float, analysis: float = 0.0
) -> None:
    """Medians; 'steady' leaves out the one-time costs (start-up, and ``analysis`` if any)."""
    cpu_b, cpu_w = _median([r.cpu for r in bares]), _median([r.cpu for r in wraps])
    wall_b, wall_w = _median([r.wall for r in bares]), _median([r.wall for r in wraps])
    lines = int(_median([r.lines for r in wraps]))
    fixed = startup + analysis
    steady = (cpu_w - fixed) / cpu_b
    per_line = (cpu_w - fixed - cpu_b) / max(lines, 1) * 1e6
    print(f"{title}  ({lines} output lines, median of {len(bares)})")
    print(
        f"  CPU   bare {cpu_b:6.3f}s  wrapped {cpu_w:6.3f}s  ratio {cpu_w / cpu_b:5.3f}"
        f"   steady (minus {'start-up+analysis' if analysis else 'start-up'}) {steady:5.3f} ({(steady - 1) * 100:+5.1f}%, {per_line:+5.1f} µs/line)"
    )
    print(f"  wall  bare {wall_b:6.3f}s  wrapped {wall_w:6.3f}s  ratio {wall_w / wall_b:5.3f}")
    selfs = [r.self_cpu for r in wraps if r.self_cpu is not None]
    if selfs:
        own = _median(selfs)
        own_steady = own - self_startup
        print(
            f"  rootcause process itself (all threads, no children): {own:6.3f}s CPU, {own_steady:6.3f}s after its"
            f" start-up = {own_steady / cpu_b * 100:5.2f}% of the bare command's CPU,"
            f" {own_steady / max(lines, 1) * 1e6:5.2f} µs/line"
        )
    spread_b = ", ".join(f"{r.cpu:.3f}" for r in bares)
    spread_w = ", ".join(f"{r.cpu:.3f}" for r in wraps)
    print(f"  (cpu runs: bare {spread_b} | wrapped {spread_w})")
    for name, runs in (("bare", bares), ("wrapped", wraps)):
        delays = [d for r in runs for d in r.delays_ms]
        print(
            f"  latency {name:<8} median {_median(delays):7.3f} ms  p95 {_pct(delays, 0.95):7.3f} ms"
            f"  p99 {_pct(delays, 0.99):7.3f} ms  max {max(delays):8.3f} ms  ({len(delays)} stamped lines)"
        )
    print()


def measure_analysis(repo: Path, env: dict[str, str], repeat: int) -> list[float]:
    """CPU of the analysis worker (its start-up + one analysis of the bench traceback)."""
    from rootcause.ingest import parse_text
    from rootcause.integrations.worker import read_frame, write_frame

    crash = subprocess.run(
        [sys.executable, "-c", "from shop import greeting; greeting(2)"], cwd=repo, capture_output=True, check=False
    )
    incident = parse_text(crash.stderr.decode()).incidents[0]
    costs = []
    for _ in range(repeat):
        before = _cpu_children()
        proc = subprocess.Popen(
            [sys.executable, "-m", "rootcause.integrations.worker", "--repo", str(repo)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=repo, env=env,
        )
        assert proc.stdin is not None and proc.stdout is not None
        write_frame(proc.stdin, (1, incident))
        _, report_, error = read_frame(proc.stdout) or (None, None, "no answer")
        if error or report_ is None or not report_.candidates:
            raise SystemExit(f"analysis failed: {error}")
        proc.stdin.close()
        proc.wait()
        costs.append(_cpu_children() - before)
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests sent to the uvicorn app per run")
    parser.add_argument("--lines", type=int, default=100_000, help="lines written by the flood per run")
    parser.add_argument("--tracebacks", type=int, default=2, help="crashing requests / tracebacks per run")
    parser.add_argument("--repeat", type=int, default=5, help="runs per variant (medians shown)")
    parser.add_argument(
        "--baseline", help="also run, interleaved, the rootcause package found in this folder (e.g. a copy of an older tree)"
    )
    parser.add_argument("--only", choices=["startup", "server", "flood", "analysis"], nargs="*", help="run only these")
    args = parser.parse_args()
    only = set(args.only or ["startup", "server", "flood", "analysis"])

    with tempfile.TemporaryDirectory(prefix="rootcause-bench-") as tmp:
        repo = Path(tmp)
        (repo / "shop.py").write_text(SHOP)
        (repo / "server_app.py").write_text(SERVER_APP)
        (repo / "log_config.json").write_text(LOG_CONFIG)
        (repo / "flood.py").write_text(FLOOD)
        (repo / "launch_rootcause.py").write_text(LAUNCHER)
        env = dict(os.environ, ROOTCAUSE_ENGINE="offline", ROOTCAUSE_CACHE_DIR=str(repo / ".cache"))
        env["ROOTCAUSE_CONFIG"] = str(repo / "no-config.toml")
        env["BENCH_SELF_CPU"] = str(repo / "self_cpu.txt")
        for name in ("PYTHONUNBUFFERED", "NO_COLOR", "ROOTCAUSE_DEBUG"):
            env.pop(name, None)
        load = os.getloadavg()[0]
        print(f"rootcause run overhead (python {sys.version.split()[0]}, {os.cpu_count()} cpus, load {load:.1f})")
        print()

        # The wrapped variants: this tree's rootcause, and optionally a baseline tree's.
        wrappers = [("rootcause run", env)]
        if args.baseline:
            wrappers.append((f"baseline ({args.baseline})", dict(env, PYTHONPATH=str(Path(args.baseline).resolve()))))

        startups: dict[str, tuple[float, float]] = {}
        if only & {"startup", "server", "flood"}:
            # A command that does nothing for a moment: long enough for the wrapper's background
            # warm-up to finish (with `pass`, the wrapper would exit before paying for it).
            noop = [sys.executable, "-c", "import time; time.sleep(0.5)"]
            runs = interleaved(
                args.repeat * 2,
                [lambda: run_command(noop, repo, env)]
                + [lambda e=e: run_command(_wrapped(repo, noop), repo, e) for _, e in wrappers],  # type: ignore[misc]
            )
            bare_cpu = _median([r.cpu for r in runs[0]])
            print(f"Start-up (paid once), against a command sleeping 0.5 s ({bare_cpu:.3f}s CPU bare):")
            for (name, _), wraps in zip(wrappers, runs[1:], strict=True):
                startup = _median([r.cpu for r in wraps]) - bare_cpu
                self_startup = _median([r.self_cpu for r in wraps if r.self_cpu is not None] or [0.0])
                wall = _median([r.wall for r in wraps]) - _median([r.wall for r in runs[0]])
                startups[name] = (startup, self_startup)
                print(
                    f"  {name}: adds {startup:.3f}s CPU, {wall:.3f}s wall (the rootcause process itself: {self_startup:.3f}s)"
                )
            print()

        analysis = 0.0
        if "analysis" in only or (args.tracebacks and only & {"server", "flood"}):
            costs = measure_analysis(repo, env, max(3, args.repeat // 2))
            analysis = _median(costs)
            print(
                f"Analysis (off the output path, in the worker process): worker start-up + one traceback "
                f"= {analysis:.3f}s CPU median ({', '.join(f'{c:.3f}' for c in costs)})"
            )
            print()

        def compare(title: str, variants: list[Callable[[], Run]], tracebacks: int) -> None:
            runs = interleaved(args.repeat, variants)
            for (name, _), wraps in zip(wrappers, runs[1:], strict=True):
                startup, self_startup = startups.get(name, (0.0, 0.0))
                report(f"{title} [{name}]", runs[0], wraps, startup, self_startup, analysis if tracebacks else 0.0)

        if "server" in only:
            def server(port: int) -> list[str]:
                return [
                    sys.executable, "-m", "uvicorn", "server_app:app", "--host", "127.0.0.1", "--port", str(port),
                    "--log-config", "log_config.json", "--no-use-colors",
                ]

            for errors in (0, args.tracebacks):
                what = f"{errors} crashing (identical tracebacks: 1 analysis incl.)" if errors else "no traceback"
                compare(
                    f"(a) uvicorn+FastAPI, {args.requests} requests, {what}",
                    [lambda: run_server(server, repo, env, args.requests, errors)]  # noqa: B023
                    + [
                        lambda e=e: run_server(lambda p: _wrapped(repo, server(p)), repo, e, args.requests, errors)  # type: ignore[misc]  # noqa: B023
                        for _, e in wrappers
                    ],
                    errors,
                )

        if "flood" in only:
            for tracebacks in (0, args.tracebacks):
                argv = [sys.executable, "flood.py", str(args.lines), str(tracebacks)]
                what = f"{tracebacks} tracebacks (1 analysis incl.)" if tracebacks else "no traceback"
                compare(
                    f"(b) flood, {args.lines} lines one write each, {what}",
                    [lambda: run_command(argv, repo, env)]  # noqa: B023
                    + [lambda e=e: run_command(_wrapped(repo, argv), repo, e) for _, e in wrappers],  # type: ignore[misc]  # noqa: B023
                    tracebacks,
                )

    return 0


if __name__ == "__main__":
    sys.exit(main())
