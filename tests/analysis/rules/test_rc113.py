"""RC113 (argparse-namespace): the parser that should have defined the missing option."""

from __future__ import annotations

from pathlib import Path

from rootcause.analysis.pipeline import analyze_incident
from rootcause.ingest import parse_text


def _analyse(fixture_app, tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    repo = fixture_app.copy("argparse_parents", tmp_path)
    text = fixture_app.run(repo, "brewlog", *args)
    return analyze_incident(parse_text(text, repo=repo).incidents[-1], repo=repo, top=5)


def test_subcommand_built_without_the_parent_parser_that_defines_the_option(
    fixture_app, tmp_path: Path
) -> None:
    report = _analyse(fixture_app, tmp_path, "bottle")
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "brewlog/cli.py",
        "build_parser",
        14,
        "RC113",
    )
    assert "parents=[shared]" in (first.fix or "")


def test_option_stored_under_a_drifted_name(fixture_app, tmp_path: Path) -> None:
    # args.new_label is read by two commands: the option declared as --new-lable is the odd one
    report = _analyse(fixture_app, tmp_path, "rename", "--new-lable", "IPA")
    first = report.candidates[0]
    assert (first.file, first.line, first.rule) == ("brewlog/cli.py", 18, "RC113")
    assert "new_lable" in first.title


def test_a_misspelt_read_leaves_the_crash_site_first(fixture_app, tmp_path: Path) -> None:
    # only the crash reads the name: nothing says which spelling is meant, so the read
    # itself (the crash site) stays first and the option comes next
    repo = fixture_app.copy("argparse_parents", tmp_path)
    commands = repo / "brewlog" / "commands.py"
    commands.write_text(commands.read_text().split("\n\n\ndef label_cmd")[0] + "\n")
    text = fixture_app.run(repo, "brewlog", "rename", "--new-lable", "IPA")
    report = analyze_incident(parse_text(text, repo=repo).incidents[-1], repo=repo, top=5)
    assert report.candidates[0].file == "brewlog/commands.py"
    assert any(c.rule == "RC113" and c.line == 18 for c in report.candidates[1:3])
