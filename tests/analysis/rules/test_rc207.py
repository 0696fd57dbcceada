"""RC207 (duplicate-insert): the caller that bypasses a get-or-create is blamed."""

from __future__ import annotations

from pathlib import Path


def test_caller_of_the_raw_creator_is_blamed_not_the_insert(fixture_app, tmp_path: Path) -> None:
    # label_id() looks the label up before create_label(); import_items() calls
    # create_label() directly, so the second "fragile" breaks UNIQUE(labels.name).
    report, text = fixture_app.analyse("dup_insert", "shelf", tmp_path)
    assert "UNIQUE constraint failed: labels.name" in text
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "shelf/importer.py",
        "import_items",
        9,
        "RC207",
    )
    assert "label_id()" in (first.fix or "")


def test_nothing_is_blamed_when_no_get_or_create_exists(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("dup_insert", tmp_path)
    labels = repo / "shelf" / "labels.py"
    labels.write_text(labels.read_text().split("\n\ndef label_id")[0] + "\n")
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.ingest import parse_text

    text = fixture_app.run(repo, "shelf")
    report = analyze_incident(parse_text(text, repo=repo).incidents[-1], repo=repo, top=5)
    assert not any(c.rule == "RC207" for c in report.candidates)


def test_get_or_create_whose_lookup_skips_the_creators_normalisation(
    fixture_app, tmp_path: Path
) -> None:
    # create() stores normalise(name) ("fragile"); find() compares name.strip(), so the
    # second "Fragile" is not found and ensure() inserts it again.
    report, _ = fixture_app.analyse("dup_insert", "shelf.catalog", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "shelf/catalog.py",
        "Labels.find",
        13,
        "RC207",
    )
    assert "normalise()" in (first.fix or "")
