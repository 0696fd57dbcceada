"""RC112 (text-encoding): the codec behind a UnicodeEncodeError is traced to where it was chosen."""

from __future__ import annotations

from pathlib import Path

from rootcause.analysis.pipeline import analyze_incident
from rootcause.ingest import parse_text


def test_parameter_default_from_a_settings_constant(fixture_app, tmp_path: Path) -> None:
    # export(..., encoding=EXPORT_ENCODING) is called without encoding: the constant
    # "ascii" in another module is what cannot hold "Zoë".
    report, _ = fixture_app.analyse("text_encoding", "ledger", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "ledger/settings.py",
        "<module>",
        1,
        "RC112",
    )
    assert "ascii" in first.explanation and "utf-8" in (first.fix or "")


def test_argparse_option_default(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("text_encoding", tmp_path)
    text = fixture_app.run(repo, "ledger", "totals")
    report = analyze_incident(parse_text(text, repo=repo).incidents[-1], repo=repo, top=5)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "ledger/cli.py",
        "parse_args",
        7,
        "RC112",
    )
    assert "--encoding" in first.explanation and "latin-1" in first.explanation
    # the unrelated option with a string default is not blamed
    assert not any(c.line == 8 for c in report.candidates)
