"""IPython / Jupyter and Django debug tracebacks, from real renderings (fixtures/generate.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from ingest_support import FIXTURES, summarize

from rootcause.ingest import parse_file
from rootcause.model import Relation


def _truths(name: str) -> list[list[dict[str, Any]]]:
    return [
        json.loads(line) for line in (FIXTURES / f"{name}.truth.jsonl").read_text().splitlines()
    ]


def _same_frame(got: dict[str, Any], want: dict[str, Any]) -> bool:
    if got["path"].startswith("Cell In["):
        # IPython prints "Cell In[N]" for the cell's code object (a temporary file name).
        return (got["lineno"], got["function"]) == (want["lineno"], want["function"])
    return got == want


@pytest.mark.parametrize("name", ["ipython", "ipython7"])
def test_ipython_incidents(name: str) -> None:
    """IPython >= 8 ("Cell In[1], line 5, in f(x)") and 7.x ("<ipython-input-1-..> in f(x)")."""
    incidents = parse_file(str(FIXTURES / f"{name}.txt")).incidents
    truths = _truths(name)
    assert len(incidents) == len(truths) == 3
    for incident, truth in zip(incidents, truths, strict=True):
        assert incident.format == "ipython"
        got = summarize(incident)
        assert [(e["type"], e["relation"]) for e in got] == [
            (e["type"], e["relation"]) for e in truth
        ]
        for got_exc, want_exc in zip(got, truth, strict=True):
            # Program output printed right after the exception line (the next cell's
            # print) cannot be told apart from a multi-line message: it may follow it.
            assert got_exc["message"].startswith(want_exc["message"])
            frames = got_exc["frames"]
            # IPython hides its own frames (run_code), as pytest hides its own.
            wanted = [f for f in want_exc["frames"] if "/IPython/" not in f["path"]]
            if len(frames) == len(wanted):
                assert all(_same_frame(g, w) for g, w in zip(frames, wanted, strict=True))
            else:  # IPython's "[... skipping similar frames ...]": a subsequence
                assert any("skipping" in w or "repeated" in w for w in incident.warnings)
                assert _same_frame(frames[0], wanted[0])
                assert _same_frame(frames[-1], wanted[-1])
    chained = incidents[0]
    assert [e.relation for e in chained.exceptions] == [None, Relation.CAUSE, Relation.CAUSE]
    assert chained.exceptions[1].frames[0].line == "return order_total(items)"
    assert incidents[2].exceptions[0].message == "division by zero"


def test_ipython_with_colours() -> None:
    """The same rendering with ANSI colours (a terminal copy) parses the same."""
    plain = parse_file(str(FIXTURES / "ipython.txt")).incidents
    text = (FIXTURES / "ipython.txt").read_text()
    coloured = "\n".join(
        f"\x1b[31m{line[:5]}\x1b[39m\x1b[32m{line[5:]}\x1b[39m" if line else line
        for line in text.splitlines()
    )
    from rootcause.ingest import parse_text

    assert parse_text(coloured).incidents == plain


def test_django_technical_500_text() -> None:
    [incident] = parse_file(str(FIXTURES / "django.txt")).incidents
    [truth] = _truths("django")
    assert incident.format == "django"
    got = summarize(incident)
    assert [e["frames"] for e in got] == [e["frames"] for e in truth]
    assert [e["message"] for e in got] == [e["message"] for e in truth]
    assert [e["relation"] for e in got] == [e["relation"] for e in truth]
    # Django prints the type of the final exception only.
    assert got[-1]["type"] == truth[-1]["type"]
    assert [e["type"] for e in got[:-1]] == ["<unknown>"] * (len(got) - 1)
