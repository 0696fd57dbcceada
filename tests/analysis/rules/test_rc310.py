"""RC310 (settings-cached-early): cached settings built at import, before the env is set."""

from __future__ import annotations

from pathlib import Path


def test_import_time_call_of_a_cached_settings_accessor_is_blamed(
    fixture_app, tmp_path: Path
) -> None:
    # boxes.py calls get_settings() at import, before main() sets PACKER_ORDERS_FILE:
    # the lru_cache keeps the default path, and open() fails on it
    report, text = fixture_app.analyse("cached_settings", "packer.job", tmp_path)
    assert "/srv/packer/orders.csv" in text
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "packer/boxes.py",
        "<module>",
        3,
        "RC310",
    )


def test_nothing_without_a_change_of_the_environment_on_the_stack(
    fixture_app, tmp_path: Path
) -> None:
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.ingest import parse_text

    repo = fixture_app.copy("cached_settings", tmp_path)
    job = repo / "packer" / "job.py"
    job.write_text(
        job.read_text().replace("        os.environ[key] = value\n", "        print(key, value)\n")
    )
    text = fixture_app.run(repo, "packer.job")
    report = analyze_incident(parse_text(text, repo=repo).incidents[-1], repo=repo, top=5)
    assert not any(c.rule == "RC310" for c in report.candidates)
