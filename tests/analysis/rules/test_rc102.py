from __future__ import annotations

from pathlib import Path

from rootcause.model import CandidateKind


def test_producer_with_another_key_ranks_first(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("shape_drift", "audit", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("audit/codec.py", "event_to_record")
    assert first.rule == "RC102"
    assert "ts" in first.title


def test_typo_at_the_reader_is_blamed_on_the_reader(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("key_typo", "stock", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("stock/rules.py", "needs_reorder")
    assert first.kind is CandidateKind.ORIGIN
    assert "reorder_point" in (first.fix or "")
