"""The detector's bulk paths (noise skipping, plain frames, pytest bodies) change nothing.

``feed_block`` reads runs of lines in one go; these tests check, on real renderings cut,
mixed, prefixed and padded at random, that it returns exactly what feeding the same lines
one by one returns (every field of every frame, warnings, line spans).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_support import FIXTURES

from rootcause.ingest import parse_text
from rootcause.ingest.detector import TracebackDetector
from rootcause.model import Incident

REAL_LINES = [
    line
    for path in sorted(FIXTURES.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
]
NOISE = [
    'INFO:     10.0.0.1:5000 - "GET /api/items/1 HTTP/1.1" 200 OK',
    '{"event": "cache hit", "level": "debug"}',
    "",
    "2026-11-22 00:00:01,002 INFO [app.worker] processed job",
]
PREFIXES = ["", "", "2026-11-22 00:00:0{n} ERROR app: ", "> ", "\t", "web-1  | "]


def by_lines(lines: list[str]) -> tuple[list[Incident], int]:
    detector = TracebackDetector()
    found = [i for line in lines for i in detector.feed(line)] + detector.flush()
    return found, detector.lineno


def by_blocks(text: str, cuts: list[int]) -> tuple[list[Incident], int]:
    """Feed ``text`` as several blocks, cut after the lines numbered in ``cuts``."""
    detector = TracebackDetector()
    pieces = text.split("\n")
    bounds = sorted({c for c in cuts if 0 < c < len(pieces)})
    found: list[Incident] = []
    start = 0
    for bound in [*bounds, len(pieces)]:
        chunk = "\n".join(pieces[start:bound])
        if bound < len(pieces):
            chunk += "\n"
        if chunk:
            found.extend(detector.feed_block(chunk))
        start = bound
    found.extend(detector.flush())
    return found, detector.lineno


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=0, max_value=len(REAL_LINES) - 1),
    st.integers(min_value=1, max_value=250),
    st.lists(st.sampled_from(NOISE), max_size=4),
    st.sampled_from(PREFIXES),
    st.booleans(),
    st.lists(st.integers(min_value=1, max_value=300), max_size=4),
)
def test_block_feeding_equals_line_feeding(
    start: int,
    length: int,
    noise: list[str],
    prefix: str,
    final_newline: bool,
    cuts: list[int],
) -> None:
    """Any window of the real renderings, with noise and a per-line prefix, any block cuts."""
    lines = noise + REAL_LINES[start : start + length] + noise
    lines = [prefix.replace("{n}", str(n % 10)) + line for n, line in enumerate(lines)]
    text = "\n".join(lines) + ("\n" if final_newline else "")
    fed = text.split("\n") if text else []  # no text, no line
    if text.endswith("\n"):
        fed.pop()  # a final newline ends the last line; it does not start another
    expected, count = by_lines(fed)
    got, got_count = by_blocks(text, cuts)
    assert got == expected
    assert got_count == count


def test_pytest_block_longer_than_the_scan_window() -> None:
    """A pytest failure whose body runs far past one bulk step is read whole, as by lines."""
    text = (FIXTURES / "pytest_long.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    marked = next(n for n, line in enumerate(lines) if line.startswith(">"))
    # Repeat the source lines above the failing line: a long test body (no mark lines).
    body = [line for line in lines[max(marked - 3, 0) : marked] if line[:1] not in "=_-"]
    padded = lines[:marked] + body * 2000 + lines[marked:]
    expected, count = by_lines(padded)
    got, got_count = by_blocks("\n".join(padded) + "\n", [])
    assert got == expected and got_count == count
    plain = parse_text(text).incidents
    assert [i.primary.type for i in got] == [i.primary.type for i in plain]


def test_repeated_tracebacks_share_equal_frames() -> None:
    """The same traceback logged twice gives equal incidents whose frames are shared objects."""
    text = (FIXTURES / "gunicorn.txt").read_text(encoding="utf-8")
    first, second = (parse_text(text).incidents for _ in range(2))
    assert first == second
    frames = [f for i in first for e in i.exceptions for f in e.frames]
    again = [f for i in second for e in i.exceptions for f in e.frames]
    assert frames and all(a is b for a, b in zip(frames, again, strict=True))


def test_pytest_report_with_captured_output(tmp_path: Path) -> None:
    """A real pytest run whose failures print captured output: same incidents either way."""
    (tmp_path / "test_demo.py").write_text(
        "def helper(n):\n"
        "    print('working on', n)\n"
        "    print('-' * 10)\n"
        "    return 10 // n\n"
        "\n"
        "def test_zero():\n"
        "    assert helper(0) == 1\n"
        "\n"
        "def test_value():\n"
        "    print('checking')\n"
        "    assert int('x') == 1\n"
    )
    for style in ("auto", "short", "native"):
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--tb={style}"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=120,
        )
        assert "Captured stdout call" in proc.stdout
        lines = proc.stdout.splitlines()
        expected, count = by_lines(lines)
        got, got_count = by_blocks(proc.stdout, [len(lines) // 2])
        assert got == expected and got_count == count
        assert [i.primary.type for i in got] == ["ZeroDivisionError", "ValueError"]
        assert all("working on" not in e.message for i in got for e in i.exceptions)
