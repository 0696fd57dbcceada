#!/usr/bin/env python3
"""Benchmark ``rootcause analyze`` end to end on a big repository with a warm index (issue 4).

    python bench/analyze.py [--files N] [--keep]

Builds a scratch repository of N (default 4000) Python files: the bundled example
``examples/billing`` plus library files copied from this interpreter's site-packages
(under ``vendor_lib/``, a folder name the workspace does not skip), then, in one run:

* startup:  ``rootcause --version`` (interpreter + CLI import), the baseline;
* index:    ``rootcause index`` cold, then warm;
* analyze:  ``rootcause analyze`` of the example's traceback, warm index, 5 runs (median).

Each run is a subprocess timed from outside (wall clock, start-up included). The figure
of merit is analyze minus startup (the engine's own time) and analyze / startup. Figures
are printed, not asserted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "billing"


def _run(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr[-2000:])
        raise SystemExit(f"failed: {' '.join(argv)}")
    return elapsed


def build_corpus(dest: Path, files: int) -> int:
    shutil.copytree(EXAMPLE, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.db"))
    site = Path(sysconfig.get_paths()["purelib"])
    count = sum(1 for _ in dest.rglob("*.py"))
    for src in sorted(site.rglob("*.py")):
        if count >= files:
            break
        rel = src.relative_to(site)
        if any(part.startswith(".") or part in ("tests", "test") for part in rel.parts):
            continue
        target = dest / "vendor_lib" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=4000)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    exe = [sys.executable, "-m", "rootcause"]
    scratch = Path(tempfile.mkdtemp(prefix="rc-bench-analyze-"))
    try:
        repo = scratch / "repo"
        n = build_corpus(repo, args.files)
        cache = scratch / "cache"
        tb = EXAMPLE / "traceback.txt"
        startup = statistics.median(_run([*exe, "--version"], scratch) for _ in range(5))
        cold = _run([*exe, "index", "--repo", str(repo), "--cache-dir", str(cache)], scratch)
        warm = _run([*exe, "index", "--repo", str(repo), "--cache-dir", str(cache)], scratch)
        env_cache = ["--repo", str(repo)]
        # analyze uses the default cache location unless ROOTCAUSE cache settings say otherwise:
        # index once more through analyze itself so its cache is warm too.
        _run([*exe, "analyze", str(tb), *env_cache, "--format", "json"], scratch)
        runs = [
            _run([*exe, "analyze", str(tb), *env_cache, "--format", "json"], scratch)
            for _ in range(5)
        ]
        analyze = statistics.median(runs)
        print(f"repository: {n} Python files")
        print(f"startup (rootcause --version): {startup * 1000:8.0f} ms")
        print(f"index cold:                    {cold * 1000:8.0f} ms")
        print(f"index warm:                    {warm * 1000:8.0f} ms")
        print(
            f"analyze, warm index (median):  {analyze * 1000:8.0f} ms   runs: {', '.join(f'{r * 1000:.0f}' for r in runs)}"
        )
        print(f"analyze - startup:             {(analyze - startup) * 1000:8.0f} ms")
        print(f"analyze / startup:             {analyze / startup:8.2f}x")
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
