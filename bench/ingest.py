"""Benchmark the ingest stage: MB/s and peak RSS of ``parse_file`` on a large generated log.

The log interleaves real tracebacks (the fixtures rendered by tests/ingest/fixtures/generate.py:
uvicorn, gunicorn, hypercorn, pytest, IPython, structlog) with realistic noise lines (access logs,
timestamped app logs, JSON lines). Each measurement runs in a fresh subprocess, so peak RSS is
the parser's own. Figures are reported next to a baseline measured in the same run: reading the
same file line by line and decoding it, doing nothing else. On a shared machine compare the
ratios (and the CPU times), not the absolute MB/s.

- ``--unique``: every inserted traceback gets its own line numbers, so no two frames in the
  log are equal (the worst case for the parser's cache of repeated frames; real logs repeat
  the same library frames over and over).
- ``--compare DIR``: also time the ``rootcause`` package found in DIR (another checkout) on
  the same file, in the same run.
- ``--repeat N``: run each measurement N times, keep the fastest (default 1).

Usage: python bench/ingest.py [--mb 200] [--keep PATH] [--unique] [--compare DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "ingest" / "fixtures"
SOURCES = [
    "uvicorn.txt",
    "gunicorn.txt",
    "hypercorn.txt",
    "pytest_short.txt",
    "ipython.txt",
    "structlog_text.txt",
    "django.txt",
]

BASELINE = """
import resource, sys, time
start, cpu = time.perf_counter(), time.process_time()
count = 0
with open(sys.argv[1], "rb") as fh:
    for raw in fh:
        raw.decode("utf-8", errors="replace")
        count += 1
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print(elapsed, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, count)
"""

PARSE = """
import resource, sys, time
from rootcause.ingest import parse_file
start, cpu = time.perf_counter(), time.process_time()
result = parse_file(sys.argv[1])
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print(elapsed, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(result.incidents))
"""

_LINE_NUMBER = re.compile(r"(line |\.py:|, line |^-+> ?|^\s+)(\d+)", re.MULTILINE)


def renumber(block: str, salt: int) -> str:
    """``block`` with every printed line number shifted by ``salt`` (frames made unique)."""
    return _LINE_NUMBER.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + salt}", block)


def noise_line(rng: random.Random, n: int) -> str:
    kind = n % 4
    if kind == 0:
        return (
            f"INFO:     10.0.{rng.randrange(256)}.{rng.randrange(256)}:{rng.randrange(1024, 65535)} - "
            f'"GET /api/items/{rng.randrange(10**6)} HTTP/1.1" 200 OK'
        )
    if kind == 1:
        return (
            f"2026-11-22 00:{n // 60 % 60:02d}:{n % 60:02d},{n % 1000:03d} INFO [app.worker] "
            f"processed job id={rng.randrange(10**9)} in {rng.random():.3f}s user=u{rng.randrange(1000)}"
        )
    if kind == 2:
        return json.dumps(
            {
                "event": "cache hit",
                "level": "debug",
                "key": f"item:{rng.randrange(10**6)}",
                "ms": n % 97,
            }
        )
    return f"[worker-{n % 8}] heartbeat ok, queue depth {rng.randrange(100)}, rss {rng.randrange(10**5)} kB"


def build_log(path: Path, megabytes: int, seed: int = 7, *, unique: bool = False) -> int:
    """Write the log; returns the number of tracebacks blocks inserted."""
    rng = random.Random(seed)
    blocks = [(FIXTURES / name).read_text() for name in SOURCES if (FIXTURES / name).exists()]
    target = megabytes << 20
    written = 0
    inserted = 0
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            chunk = [noise_line(rng, n + i) for i in range(300)]
            n += 300
            block = blocks[inserted % len(blocks)]
            if unique:
                block = renumber(block, 1000 * (inserted + 1))
            inserted += 1
            text = "\n".join(chunk) + "\n" + block
            if not text.endswith("\n"):
                text += "\n"
            fh.write(text)
            written += len(text.encode())
    return inserted


Measured = tuple[float, float, int, int]  # wall s, CPU s, peak RSS KiB, count


def run(script: str, path: Path, pythonpath: Path | None = None) -> Measured:
    """One measurement of ``script`` on ``path`` in a fresh interpreter."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=pythonpath or ROOT,
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]), int(out[3])


def measure_all(path: Path, repeat: int, compare: Path | None) -> list[Measured | None]:
    """Baseline, parse_file, compared parse_file: rounds interleaved, fastest of each kept."""
    runs: list[list[Measured]] = [[], [], []]
    for _ in range(max(repeat, 1)):
        runs[0].append(run(BASELINE, path))
        runs[1].append(run(PARSE, path))
        if compare is not None:
            runs[2].append(run(PARSE, path, compare))
    return [min(r) if r else None for r in runs]


def report(label: str, size_mb: float, measured: Measured, unit: str) -> None:
    wall, cpu, rss, count = measured
    print(
        f"{label:32s}{size_mb / wall:8.1f} MB/s  (CPU {size_mb / cpu:6.1f} MB/s)  "
        f"peak RSS {rss / 1024:6.1f} MiB  ({count} {unit})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="log size in MiB (default 200)")
    parser.add_argument("--keep", type=Path, help="write the log here and keep it")
    parser.add_argument("--unique", action="store_true", help="no two frames alike")
    parser.add_argument("--compare", type=Path, help="also time the rootcause package in DIR")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (fastest kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "big.log"
        start = time.perf_counter()
        blocks = build_log(path, args.mb, unique=args.unique)
        size_mb = os.path.getsize(path) / (1 << 20)
        print(
            f"log: {size_mb:.1f} MiB, {blocks} fixture blocks{' (unique frames)' if args.unique else ''}, "
            f"built in {time.perf_counter() - start:.1f}s"
        )
        base, parse, other = measure_all(path, args.repeat, args.compare)
        assert base is not None and parse is not None
        report("baseline (read + decode lines):", size_mb, base, "lines")
        report("parse_file:", size_mb, parse, "incidents")
        if other is not None:
            report(f"parse_file in {args.compare}:", size_mb, other, "incidents")
        for label, measured in (("parse_file", parse), ("compared", other)):
            if measured is None:
                continue
            print(
                f"ratio {label}/baseline: time x{measured[0] / base[0]:.2f}, "
                f"CPU x{measured[1] / base[1]:.2f}, RSS x{measured[2] / max(base[2], 1):.2f}"
            )
        if other is not None:
            print(
                f"speed-up of parse_file over {args.compare}: wall x{other[0] / parse[0]:.2f}, "
                f"CPU x{other[1] / parse[1]:.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
