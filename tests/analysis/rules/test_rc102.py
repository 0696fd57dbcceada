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


def test_index_past_the_range_of_its_own_loop_is_the_origin(fixture_app, tmp_path: Path) -> None:
    # stops[i + 1] with i in range(len(stops)): the crash line is the bug, not the data.
    report, _ = fixture_app.analyse("range_overrun", "legs", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("legs/route.py", "leg_lengths", 9)
    assert first.kind == CandidateKind.ORIGIN
    assert "`i + 1` runs past the end" in first.title
