"""Benchmark the ingest stage: MB/s and peak RSS of ``parse_file`` on a large generated log.

The log interleaves real tracebacks (the fixtures rendered by tests/ingest/fixtures/generate.py:
uvicorn, gunicorn, hypercorn, pytest, IPython, structlog) with realistic noise lines (access logs,
timestamped app logs, JSON lines). Each measurement runs in a fresh subprocess, so peak RSS is
the parser's own. Figures are reported next to a baseline measured in the same run: reading the
same file line by line and decoding it, doing nothing else.

Usage: python bench/ingest.py [--mb 200] [--keep PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import random
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
start = time.perf_counter()
count = 0
with open(sys.argv[1], "rb") as fh:
    for raw in fh:
        raw.decode("utf-8", errors="replace")
        count += 1
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, count)
"""

PARSE = """
import resource, sys, time
from rootcause.ingest import parse_file
start = time.perf_counter()
result = parse_file(sys.argv[1])
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(result.incidents))
"""


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


def build_log(path: Path, megabytes: int, seed: int = 7) -> int:
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
            inserted += 1
            text = "\n".join(chunk) + "\n" + block
            if not text.endswith("\n"):
                text += "\n"
            fh.write(text)
            written += len(text.encode())
    return inserted


def run(script: str, path: Path) -> tuple[float, int, int]:
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="log size in MiB (default 200)")
    parser.add_argument("--keep", type=Path, help="write the log here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "big.log"
        start = time.perf_counter()
        blocks = build_log(path, args.mb)
        size_mb = os.path.getsize(path) / (1 << 20)
        print(
            f"log: {size_mb:.1f} MiB, {blocks} fixture blocks, built in {time.perf_counter() - start:.1f}s"
        )
        base_s, base_rss, lines = run(BASELINE, path)
        parse_s, parse_rss, incidents = run(PARSE, path)
        print(
            f"baseline (read + decode lines): {size_mb / base_s:8.1f} MB/s  peak RSS {base_rss / 1024:6.1f} MiB  ({lines} lines)"
        )
        print(
            f"parse_file:                     {size_mb / parse_s:8.1f} MB/s  peak RSS {parse_rss / 1024:6.1f} MiB  ({incidents} incidents)"
        )
        print(
            f"ratio parse/baseline: time x{parse_s / base_s:.2f}, RSS x{parse_rss / max(base_rss, 1):.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
