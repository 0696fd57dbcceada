#!/usr/bin/env python3
"""Benchmark ``rootcause analyze`` end to end on a big repository with a warm index (issue 4).

    python bench/analyze.py [--files N] [--runs R] [--keep]

Builds a scratch repository of N (default 4000) Python files: the bundled example
``examples/billing`` plus library files copied from this interpreter's site-packages
(under ``vendor_lib/``, a folder name the workspace does not skip), then, in one run:

* startup:  ``rootcause --version`` (interpreter + CLI import), the baseline;
* index:    ``rootcause index`` cold, then warm;
* analyze:  ``rootcause analyze`` of the example's traceback, warm index, R runs.

Each run is a subprocess timed from outside: wall clock and CPU (user + sys, from
``getrusage``), start-up included; the index cache lives in the scratch folder. Python
start-up depends on bytecode caching, so two set-ups are measured: *bytecode cached* (a
private ``PYTHONPYCACHEPREFIX``, warmed first: the situation after ``pip install``) and
*environment as is* (for example ``PYTHONDONTWRITEBYTECODE=1``, where modules without a
``.pyc`` are compiled on every run). On a busy machine wall time exceeds CPU time; the
minimum over runs is the figure least disturbed. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
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
TARGET_S = 0.5


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one subprocess."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr[-2000:])
        raise SystemExit(f"failed: {' '.join(argv)}")
    return elapsed, _children_cpu() - cpu


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


def _series(label: str, runs: list[tuple[float, float]]) -> str:
    walls = [w for w, _ in runs]
    cpus = [c for _, c in runs]
    return (
        f"{label:<34} wall min {min(walls) * 1000:6.0f} median {statistics.median(walls) * 1000:6.0f} ms"
        f" | CPU min {min(cpus) * 1000:6.0f} median {statistics.median(cpus) * 1000:6.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    exe = [sys.executable, "-m", "rootcause"]
    scratch = Path(tempfile.mkdtemp(prefix="rc-bench-analyze-"))
    try:
        repo = scratch / "repo"
        n = build_corpus(repo, args.files)
        time.sleep(2.5)  # let the fresh copy's folder mtimes age (see Workspace.adopt_listing)
        base_env = dict(
            os.environ, ROOTCAUSE_CACHE_DIR=str(scratch / "cache"), PYTHONPATH=str(ROOT)
        )
        cached_env = dict(base_env, PYTHONPYCACHEPREFIX=str(scratch / "pycache"))
        cached_env.pop("PYTHONDONTWRITEBYTECODE", None)
        tb = EXAMPLE / "traceback.txt"
        analyze = [*exe, "analyze", str(tb), "--repo", str(repo), "--format", "json"]
        index = [*exe, "index", "--repo", str(repo)]
        _run([*exe, "--version"], scratch, cached_env)  # write the bytecode once
        cold = _run(index, scratch, cached_env)
        warm = [_run(index, scratch, cached_env) for _ in range(3)]
        _run(analyze, scratch, cached_env)  # warms the bytecode of the analysis modules
        print(f"repository: {n} Python files; load average {os.getloadavg()[0]:.2f}")
        print(f"index cold: {cold[0] * 1000:.0f} ms wall, {cold[1] * 1000:.0f} ms CPU")
        print(_series("index warm", warm))
        for label, env in (
            ("bytecode cached", cached_env),
            (
                "environment as is"
                + (
                    " (PYTHONDONTWRITEBYTECODE)"
                    if os.environ.get("PYTHONDONTWRITEBYTECODE")
                    else ""
                ),
                base_env,
            ),
        ):
            startup = [_run([*exe, "--version"], scratch, env) for _ in range(args.runs)]
            runs = [_run(analyze, scratch, env) for _ in range(args.runs)]
            print(f"-- {label}")
            print(_series("startup (rootcause --version)", startup))
            print(_series("analyze, warm index", runs))
            best = min(w for w, _ in runs)
            verdict = "ok" if best <= TARGET_S else "OVER"
            print(
                f"{'analyze - startup (min)':<34} {(best - min(w for w, _ in startup)) * 1000:6.0f} ms;"
                f" target {TARGET_S * 1000:.0f} ms wall end to end: {verdict} (min);"
                f" load average {os.getloadavg()[0]:.2f}"
            )
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
