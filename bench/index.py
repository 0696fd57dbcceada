#!/usr/bin/env python3
"""Benchmark the index stage against a bare tree-sitter parse loop (issue 3).

    python bench/index.py [CORPUS] [--rounds N] [--keep] [--decompose]

CORPUS defaults to this interpreter's site-packages, treated as a repository. The Python
files the index would list are copied to a scratch folder first (so the "edited file"
step never writes into a real environment), then, all in one run:

* baseline: one process, ``parser.parse`` over every file already read into memory,
* parallel: the same bare loop split over one forked process per CPU: what this machine
  gives two busy cores (its parallel efficiency moves between ~0.75 and ~0.95 here),
* cold:     ``rootcause index`` with an empty cache (all cores); baseline and cold runs
  alternate (B C B C ... B) for ``--rounds`` rounds, each cold run is set against the
  mean of the baselines on either side of it, and the median ratio is reported: this
  machine's speed drifts by up to a third within minutes, which one pair cannot show,
* warm:     ``rootcause index`` again, nothing changed,
* touched:  one file's mtime changed (content hash checked, nothing parsed),
* edited:   one file's content changed (one file parsed),
* startup:  ``rootcause --version`` (interpreter + CLI import, for scale).

Each ``rootcause`` run is a subprocess timed from outside (wall clock, start-up included);
peak RSS is sampled over the whole process tree (parent + workers) every 20 ms, and the
largest single process is taken from ``getrusage``. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rootcause.index.parser import get_parser  # noqa: E402
from rootcause.workspace import Workspace  # noqa: E402

TARGETS = {"cold": 1.0, "warm": 0.05, "touched": 0.10, "edited": 0.10}
RSS_LIMIT_MB = 400


def copy_corpus(source: Path, dest: Path) -> list[str]:
    files = list(Workspace(source).iter_python_files())
    for rel in files:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / rel, target)
    return files


def baseline(root: Path, files: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of the bare parse loop over sources already in memory."""
    data = [(root / rel).read_bytes() for rel in files]
    parser = get_parser()
    started = time.perf_counter()
    cpu = time.process_time()
    for source in data:
        parser.parse(source)
    return time.perf_counter() - started, time.process_time() - cpu


def parallel_baseline(root: Path, files: list[str], jobs: int) -> float:
    """Wall seconds of the bare parse loop split over ``jobs`` forked processes."""
    data = [(root / rel).read_bytes() for rel in files]
    parser = get_parser()
    started = time.perf_counter()
    children = []
    for k in range(jobs):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            for source in data[k::jobs]:
                parser.parse(source)
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    return time.perf_counter() - started


def decompose(root: Path, files: list[str]) -> dict[str, float]:
    """CPU seconds of each stage of extraction, one process, interleaved with the bare loop.

    ``parse``: the bare loop; ``query``: parse plus the tree-sitter query pass alone;
    ``extract``: parse plus the whole extraction (query and reading the records). Each is
    run twice, alternating, and the smaller time kept (this machine's noise is ~10%).
    """
    import tree_sitter

    from rootcause.index.extract import extract_raw
    from rootcause.index.parser import load_query

    data = [(root / rel).read_bytes() for rel in files]
    parser = get_parser()
    query = load_query("symbols")

    def parse_only() -> None:
        for source in data:
            parser.parse(source)

    def with_query() -> None:
        for source in data:
            tree_sitter.QueryCursor(query).captures(parser.parse(source).root_node)

    def with_extraction() -> None:
        for rel, source in zip(files, data, strict=True):
            extract_raw(source, rel, "module")

    best: dict[str, float] = {}
    for _ in range(2):
        for name, step in (("parse", parse_only), ("query", with_query),
                           ("extract", with_extraction)):  # fmt: skip
            cpu = time.process_time()
            step()
            spent = time.process_time() - cpu
            best[name] = min(best.get(name, spent), spent)
    return best


def _tree_rss_kb(pid: int) -> int:
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{current}/task/{current}/children") as handle:
                stack.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(wall seconds, CPU seconds of the whole tree, peak tree RSS in KB, stdout) of a command."""
    peak = 0
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err}")
    return wall, _children_cpu() - cpu_before, peak, out.strip()


#: A crash produced by running code from the corpus (when it holds idna): the traceback
#: the warm ``rootcause analyze`` figure reads. Any corpus works without it.
CRASH = "import idna; idna.encode('a..b')"


def analyze_warm(
    rootcause: list[str], corpus: Path, scratch: Path, env: dict[str, str]
) -> tuple[float, float] | None:
    """(wall, CPU) of ``rootcause analyze`` on a traceback from running corpus code."""
    if not (corpus / "idna").is_dir():
        return None
    run_env = dict(env, PYTHONPATH=str(corpus))
    crash = subprocess.run(
        [sys.executable, "-c", CRASH], capture_output=True, text=True, env=run_env, check=False
    )
    if str(corpus) not in crash.stderr:
        return None
    traceback_file = scratch / "traceback.txt"
    traceback_file.write_text(crash.stderr)
    args = [*rootcause, "analyze", str(traceback_file), "--repo", str(corpus)]
    try:
        wall, cpu, _, _ = timed(args, env)
    except SystemExit as exc:
        print(f"analyze step skipped: {exc}")
        return None
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=sysconfig.get_paths()["purelib"])
    parser.add_argument(
        "--rounds", type=int, default=3, help="cold runs, each between two baselines (3)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument(
        "--decompose",
        action="store_true",
        help="also time the query pass and the whole extraction against parsing (slow)",
    )
    args = parser.parse_args()
    rootcause = [sys.executable, "-m", "rootcause"]
    scratch = Path(tempfile.mkdtemp(prefix="rootcause-bench-"))
    corpus = scratch / "corpus"
    cache = scratch / "cache"
    env = dict(os.environ, ROOTCAUSE_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    try:
        files = copy_corpus(Path(args.corpus), corpus)
        size_mb = sum((corpus / rel).stat().st_size for rel in files) / 1e6
        print(
            f"corpus: {args.corpus} -> {len(files)} files, {size_mb:.1f} MB, cpus={os.cpu_count()}"
        )
        try:
            load = os.getloadavg()[0]
            print(f"load average at start: {load:.2f}")
        except OSError:
            pass
        index = [*rootcause, "index", "--repo", str(corpus)]
        cores = os.cpu_count() or 1
        can_fork = hasattr(os, "fork")
        bases = [baseline(corpus, files)]
        colds: list[tuple[float, float, int, str]] = []
        parallels: list[float] = []
        for _ in range(max(1, args.rounds)):
            if can_fork:
                parallels.append(parallel_baseline(corpus, files, cores))
            shutil.rmtree(cache, ignore_errors=True)
            colds.append(timed(index, env))
            bases.append(baseline(corpus, files))
        # each cold run against the mean of the baselines on either side of it
        ratios = [
            (run[0] / ((b0[0] + b1[0]) / 2), run[1] / ((b0[1] + b1[1]) / 2))
            for run, b0, b1 in zip(colds, bases, bases[1:], strict=False)
        ]
        middle = sorted(range(len(ratios)), key=lambda i: ratios[i][0])[len(ratios) // 2]
        cold, cold_cpu, cold_rss, cold_out = colds[middle]
        base = (bases[middle][0] + bases[middle + 1][0]) / 2
        base_cpu = (bases[middle][1] + bases[middle + 1][1]) / 2
        warm, warm_cpu, warm_rss, warm_out = timed(index, env)
        victim = corpus / files[len(files) // 2]
        st = victim.stat()
        os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        touched, touched_cpu, _, touched_out = timed(index, env)
        with victim.open("a") as handle:
            handle.write("\n# edited by bench/index.py\n")
        edited, edited_cpu, _, edited_out = timed(index, env)
        startup, startup_cpu, _, _ = timed([*rootcause, "--version"], env)
        analyze = analyze_warm(rootcause, corpus, scratch, env)
        single_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        try:
            load_end = f", load average at end: {os.getloadavg()[0]:.2f}"
        except OSError:
            load_end = ""

        print(
            "baseline parse loop, wall/CPU s, in run order: "
            + ", ".join(f"{w:.2f}/{c:.2f}" for w, c in bases)
            + load_end
        )
        print(
            "cold rounds: "
            + ", ".join(
                f"{run[0]:.2f} s = {wall:.3f}x (CPU {cpu:.3f}x)"
                for run, (wall, cpu) in zip(colds, ratios, strict=True)
            )
            + f"; the median round is reported below (baseline {base:.2f} s wall, {base_cpu:.2f} s CPU)"
        )
        if parallels:
            print(
                f"bare parse loop on {cores} processes, per round: "
                + ", ".join(
                    f"{par:.2f} s (efficiency {((b0[0] + b1[0]) / 2) / (cores * par):.2f};"
                    f" cold = {run[0] / par:.2f}x it)"
                    for par, run, b0, b1 in zip(parallels, colds, bases, bases[1:], strict=False)
                )
            )
        rows = [("cold", cold, cold_cpu, cold_out), ("warm", warm, warm_cpu, warm_out),
                ("touched", touched, touched_cpu, touched_out),
                ("edited", edited, edited_cpu, edited_out)]  # fmt: skip
        for name, wall, cpu, out in rows:
            ratio = wall / base
            verdict = "ok" if ratio <= TARGETS[name] else "OVER"
            print(
                f"{name:<8} {wall:7.3f} s wall = {ratio:6.3f}x baseline (target <= {TARGETS[name]}x:"
                f" {verdict}); CPU {cpu:7.3f} s = {cpu / base_cpu:6.3f}x baseline CPU  | {out}"
            )
        print(
            f"startup  {startup:7.3f} s wall, {startup_cpu:.3f} s CPU (rootcause --version; in every figure)"
        )
        if analyze is not None:
            print(
                f"analyze  {analyze[0]:7.3f} s wall, {analyze[1]:.3f} s CPU"
                " (rootcause analyze of a real traceback from the corpus, warm index, end to end)"
            )
        print(
            f"cold on {os.cpu_count()} idle cores would take about CPU/cores ="
            f" {cold_cpu / (os.cpu_count() or 1):.2f} s = {cold_cpu / (os.cpu_count() or 1) / base_cpu:.3f}x"
            " the baseline's CPU"
        )
        print(
            f"peak RSS: cold {cold_rss / 1024:.0f} MB (whole tree, sampled), warm {warm_rss / 1024:.0f} MB;"
            f" largest single process {single_max:.0f} MB (target <= {RSS_LIMIT_MB} MB)"
        )
        if args.decompose:
            parts = decompose(corpus, files)
            parse_cpu = parts["parse"]
            query = parts["query"] - parse_cpu
            rest = parts["extract"] - parts["query"]
            cores = os.cpu_count() or 1
            print(
                f"decomposition, one process, CPU: parse {parse_cpu:.2f} s; the query pass adds"
                f" {query:.2f} s = {query / parse_cpu:.2f}x parse; reading the records adds"
                f" {rest:.2f} s = {rest / parse_cpu:.2f}x parse"
            )
            print(
                f"so on {cores} cores, parse + extraction alone (no I/O, no cache, no start-up)"
                f" cannot take less than {(parts['extract'] / cores) / parse_cpu:.3f}x the"
                f" baseline; parse + query pass alone {(parts['query'] / cores) / parse_cpu:.3f}x"
            )
    finally:
        if args.keep:
            print(f"scratch kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
