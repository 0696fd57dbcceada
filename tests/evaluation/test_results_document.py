"""eval/RESULTS.md and eval/BLIND.md headers say which kind of set was measured."""

from __future__ import annotations

from datetime import UTC, datetime

from rootcause.evaluation.metrics import summarize
from rootcause.evaluation.results import results_document

WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def test_development_sets_are_said_to_be_written_alongside_the_engine() -> None:
    text = results_document(summarize([], engine="offline"), jobs=2, when=WHEN)
    assert "written alongside the engine" in text and "never read the engine" not in text
    assert "2026-01-01 00:00 UTC" in text


def test_an_unseen_set_is_said_to_be_unseen() -> None:
    text = results_document(summarize([], engine="offline"), jobs=2, when=WHEN, unseen=True)
    assert "never read the engine" in text and "written alongside" not in text
