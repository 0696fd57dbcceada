from pathlib import Path

import pytest

from nightlog.report import build_report

DATA = Path(__file__).parent / "data"


@pytest.fixture
def summary():
    return build_report(DATA / "night_2026-11-14.jsonl")


def test_science_frames_counted(summary):
    assert summary.science_frames == 5
    assert summary.targets == ("M33", "NGC 891")


def test_median_seeing(summary):
    assert summary.median_seeing_arcsec == pytest.approx(1.35)
