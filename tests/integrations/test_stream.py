"""StreamScanner: incidents from raw chunks equal those parse_text finds in the whole text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rootcause.ingest import parse_text
from rootcause.ingest.detector import TRIGGERS as DETECTOR_TRIGGERS
from rootcause.integrations.panel import fingerprint, panel_lines, section_text
from rootcause.integrations.stream import TRIGGERS, StreamScanner, may_start
from rootcause.model import Candidate, CandidateKind, Evidence, Incident, Report


def _log(repo: Path) -> bytes:
    crash = subprocess.run([sys.executable, "crash.py", "2"], capture_output=True, cwd=repo, check=False)
    return (
        b"INFO: Started server process\n\nINFO: 127.0.0.1 - \"GET / HTTP/1.1\" 200 OK\r\n"
        + b"ERROR:    Exception in ASGI application\n"
        + crash.stderr
        + b"INFO: 127.0.0.1 - \"GET /x HTTP/1.1\" 500\n\xff\xfe binary noise\nlast line without newline"
    )


def _scan(chunks: list[bytes], *, skipping: bool = False) -> list[tuple[Incident, str]]:
    """Feed ``chunks``; ``skipping``: as ``rootcause run`` does (skip() first, feed() the rest)."""
    found: list[tuple[Incident, str]] = []
    scanner = StreamScanner(lambda incident, text: found.append((incident, text)))
    for chunk in chunks:
        if not (skipping and scanner.skip(chunk)):
            scanner.feed(chunk)
    scanner.close()
    return found


def test_any_chunking_finds_what_parse_text_finds(app_repo: Path) -> None:
    data = _log(app_repo)
    expected = parse_text(data.decode("utf-8", errors="replace")).incidents
    assert len(expected) == 2
    whole = _scan([data])
    assert [i.exceptions for i, _ in whole] == [i.exceptions for i in expected]
    for size in (1, 2, 3, 7, 64, 1000):
        chunks = [data[n : n + size] for n in range(0, len(data), size)]
        assert [i.exceptions for i, _ in _scan(chunks)] == [i.exceptions for i in expected], size
        skipped = _scan(chunks, skipping=True)
        assert [i.exceptions for i, _ in skipped] == [i.exceptions for i in expected], size
        assert skipped[0][1] == whole[0][1], size
    # The saved text is the traceback as printed, and parses back to the same incident.
    text = whole[0][1]
    assert text.startswith(("ERROR:    Exception in ASGI application\n", "Traceback (most recent call last):\n"))
    assert parse_text(text).incidents[0].exceptions == expected[0].exceptions
    # Identical tracebacks share a fingerprint.
    assert fingerprint(whole[0][0]) == fingerprint(whole[1][0])


def test_prefilter_never_misses_a_detector_trigger() -> None:
    """Every line the detector's own prefilter looks at also passes the byte-level one."""
    for trigger in DETECTOR_TRIGGERS:
        assert any(mine in trigger.encode() for mine in TRIGGERS), trigger
        assert may_start(b"noise\n" + trigger.encode() + b" tail\n")
    assert not may_start(b'INFO:     127.0.0.1:5000 - "GET / HTTP/1.1" 200 OK\n' * 100)


def test_coloured_output_is_skipped_cheaply_and_its_tracebacks_found(app_repo: Path) -> None:
    """Colour codes (even inside a trigger) are removed before the prefilter, as the detector does."""
    green_log = b'\x1b[32mINFO\x1b[0m:     127.0.0.1:5000 - "GET / HTTP/1.1" 200\n'
    scanner = StreamScanner(lambda incident, text: None)
    assert scanner.skip(green_log * 50)
    crash = subprocess.run([sys.executable, "crash.py", "1"], capture_output=True, cwd=app_repo, check=False).stderr
    coloured = crash.replace(b"Traceback (most", b"\x1b[31mTrace\x1b[0mback (most").replace(b'File "', b'\x1b[2mFile "')
    assert not may_start(crash.replace(b"Traceback (most recent call last)", b"").replace(b'File "', b"file "))
    found = _scan([green_log * 3, coloured, green_log], skipping=True)
    assert [i.exceptions for i, _ in found] == [i.exceptions for i in parse_text(crash.decode()).incidents]


def test_no_traceback_no_parser_import() -> None:
    """A stream without tracebacks never loads the parsers (the wrapper starts light)."""
    code = (
        "import sys\n"
        "from rootcause.integrations.stream import StreamScanner\n"
        "s = StreamScanner(lambda i, t: None)\n"
        "for n in range(1000):\n"
        "    chunk = b'INFO: GET /users/%d 200 OK\\n' % n\n"
        "    s.skip(chunk) or s.feed(chunk)\n"
        "s.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('rootcause.ingest', 'rootcause.model'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_panel_and_section_show_the_top_cause() -> None:
    incident = parse_text(
        "Traceback (most recent call last):\n"
        '  File "/srv/app/service.py", line 6, in greeting\n'
        '    return "hello " + user["name"]\n'
        "TypeError: 'NoneType' object is not subscriptable\n"
    ).incidents[0]
    cand = Candidate(
        file="app/users.py", line=5, end_line=5, function="find_user", rule="RC101",
        title="`user` is None: produced by .get()", explanation="...",
        evidence=(Evidence("app/service.py", 6, "crashes"), Evidence("app/users.py", 5, "returns .get()")),
        fix="Handle the missing user.", kind=CandidateKind.ORIGIN, score=0.8, rank=1,
    )
    report = Report(incident=incident, candidates=(cand,))
    lines = panel_lines(report, number=3, full_report="rootcause analyze x.txt")
    assert lines[0] == "┌─ rootcause #3 · TypeError: 'NoneType' object is not subscriptable"
    assert lines[1].startswith("│ root cause: app/users.py:5 in find_user  (RC101, origin, score 0.80)")
    assert "evidence: 2 steps, from app/service.py:6 to app/users.py:5" in lines[3]
    assert lines[-1] == "└─ full report: rootcause analyze x.txt"
    section = section_text(report)
    assert section.splitlines()[2] == "   1. app/service.py:6  crashes"
    empty = section_text(Report(incident=incident, candidates=(), warnings=("no frame maps",)))
    assert empty.startswith("no root cause found")
