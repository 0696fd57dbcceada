"""Bad input: binary, invalid UTF-8, huge lines, deep tracebacks, random text (hypothesis)."""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_support import FIXTURES

from rootcause.errors import UserError
from rootcause.ingest import parse_file, parse_text
from rootcause.ingest.command import frames_command
from rootcause.ingest.detector import TracebackDetector

REAL_LINES = (
    (FIXTURES / "uvicorn.txt").read_text().splitlines()
    + (FIXTURES / "pytest_auto.txt").read_text().splitlines()[:80]
    + (FIXTURES / "ipython.txt").read_text().splitlines()[:40]
)


def test_binary_file_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "core.bin"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(UserError, match="binary"):
        parse_file(str(path))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        parse_file(str(tmp_path / "nope.log"))
    with pytest.raises(UserError, match="directory"):
        parse_file(str(tmp_path))


def test_invalid_utf8_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = (FIXTURES / "gunicorn.txt").read_bytes()
    path = tmp_path / "latin1.log"
    path.write_bytes(b"caf\xe9 \xff\xfe started\n" + text)
    result = parse_file(str(path))
    assert len(result.incidents) == 2
    assert any("UTF-8" in w for w in result.warnings)


def test_megabyte_lines_are_cut_and_parsing_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "long.log"
    with path.open("wb") as fh:
        fh.write(b"x" * (3 << 20) + b"\n")
        fh.write((FIXTURES / "uvicorn.txt").read_bytes())
    result = parse_file(str(path))
    assert len(result.incidents) == 2
    assert any("longer than" in w for w in result.warnings)


def test_ten_thousand_frames(tmp_path: Path) -> None:
    """A 10,000-frame mutual recursion (no repeated lines to collapse) parses whole, fast."""
    lines = ["Traceback (most recent call last):"]
    block = (FIXTURES / "uvicorn.txt").read_text().splitlines()
    frame_lines = [line for line in block if line.startswith('  File "')][:2]
    for index in range(10_000):
        lines.append(frame_lines[index % 2].replace("line ", f"line {index}"))
        lines.append("    return call()")
    lines.append("RecursionError: maximum recursion depth exceeded")
    start = time.perf_counter()
    [incident] = parse_text("\n".join(lines)).incidents
    assert len(incident.primary.frames) == 10_000
    assert time.perf_counter() - start < 5


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "uvicorn.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert len(parse_file("-").incidents) == 2


def test_frames_command_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert frames_command(str(FIXTURES / "gunicorn.txt"), repo=tmp_path, output_format="json") == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["incidents"]) == 2
    quiet = tmp_path / "quiet.log"
    quiet.write_text("INFO all good\n" * 5)
    assert frames_command(str(quiet), repo=tmp_path, output_format="text") == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "no traceback" in captured.err
    binary = tmp_path / "blob"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(UserError) as info:
        frames_command(str(binary), repo=tmp_path, output_format="text")
    assert info.value.exit_code == 2


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(REAL_LINES), st.text(max_size=120)), max_size=120))
def test_fuzz_never_crashes(lines: list[str]) -> None:
    """Shuffled real traceback lines mixed with random text: no exception, bounded time."""
    start = time.perf_counter()
    result = parse_text("\n".join(lines))
    for incident in result.incidents:
        assert incident.exceptions
        for exc in incident.exceptions:
            assert isinstance(exc.type, str)
            for frame in exc.frames:
                assert frame.lineno >= 0
    detector = TracebackDetector()
    streamed = [i for line in lines for i in detector.feed(line)] + detector.flush()
    assert len(streamed) == len(result.incidents) or any(
        "\n" in line or "\r" in line for line in lines
    )
    assert time.perf_counter() - start < 5


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=len(REAL_LINES)), st.integers(min_value=0, max_value=40))
def test_fuzz_cuts_of_real_logs(start: int, length: int) -> None:
    """Any window of a real log (truncated at both ends) parses without error."""
    window = REAL_LINES[start : start + length]
    result = parse_text("\n".join(window))
    for incident in result.incidents:
        assert incident.start_line is None or incident.start_line >= 1


def test_block_and_line_feeding_agree() -> None:
    """feed_block (bulk skipping, bulk frames) returns exactly what line-by-line feeding does."""
    texts = [path.read_text() for path in sorted(FIXTURES.glob("*.txt"))]
    noise = 'INFO:     127.0.0.1:1 - "GET / HTTP/1.1" 200 OK\n{"event": "x"}\n\n'
    text = noise.join(texts)
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # a final newline ends the last line; it does not start another
    by_line = TracebackDetector()
    expected = [i for line in lines for i in by_line.feed(line)] + by_line.flush()
    by_block = TracebackDetector()
    got = by_block.feed_block(text) + by_block.flush()
    assert got == expected
    assert by_block.lineno == by_line.lineno
    assert len(got) > 25


def test_a_long_caret_run_followed_by_text_does_not_stall_the_parser() -> None:
    # The caret-line pattern once backtracked exponentially on "    ^^^^...^x" (a regex
    # denial of service on any log holding such a line); it is now possessive, linear.
    source = "  File \"app.py\", line 3, in main\n    total = a ^ b\n"
    trap = "    " + "^" * 64 + " <- not a caret line\n"
    text = "Traceback (most recent call last):\n" + source + trap + "ValueError: boom\n"
    incidents = parse_text(text).incidents
    assert incidents and incidents[-1].exceptions[-1].message == "boom"
