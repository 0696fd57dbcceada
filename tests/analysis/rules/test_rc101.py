from __future__ import annotations

from pathlib import Path

from rootcause.model import CandidateKind


def test_none_from_repository_method_is_traced_across_files(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("none_origin", "shop", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("shop/repository.py", "UserRepository.by_email")
    assert first.rule == "RC101"
    assert first.kind is CandidateKind.ORIGIN
    notes = " ".join(e.note for e in first.evidence)
    # The chain walks the parameter back to the caller's argument, then into the callee.
    assert "passes `user` as `user`" in notes
    assert "returns None" in notes
    files = [e.file for e in first.evidence]
    assert files[0] == "shop/greetings.py"  # starts at the crash
    # The unguarded use is offered as the symptom fix, below the origin.
    kinds = {(c.function, c.kind) for c in report.candidates}
    assert ("greeting", CandidateKind.SYMPTOM) in kinds
    assert first.score > max(c.score for c in report.candidates[1:])


def test_getenv_at_import_time_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("none_env", "nightly", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("nightly/settings.py", "<module>", 3)
    assert "NIGHTLY_EXPORT_DIR_FOR_TESTS" in first.explanation + " ".join(
        e.note for e in first.evidence
    )


def test_key_error_none_traces_the_key_to_an_implicit_none(fixture_app, tmp_path: Path) -> None:
    # RATES[zone_of(postcode)] -> KeyError: None; zone_of() falls off its end for "DD".
    report, text = fixture_app.analyse("none_key", "tariff", tmp_path)
    assert text.rstrip().endswith("KeyError: None")
    first = report.candidates[0]
    assert (first.file, first.function, first.rule) == ("tariff/zones.py", "zone_of", "RC101")
    assert "implicit None" in first.explanation


def test_settings_field_defaulting_to_none_names_the_deployed_variable(
    fixture_app, tmp_path: Path
) -> None:
    # RELAY_WEBHOOK_URL is never set: the deployment file sets RELAY_HOOK_URL instead.
    report, _ = fixture_app.analyse("settings_default", "relay", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "relay/settings.py",
        "RelaySettings",
        10,
        "RC101",
    )
    assert "RELAY_WEBHOOK_URL" in first.explanation and "RELAY_HOOK_URL" in first.explanation
    assert any(e.file == "deploy/relay.env" for e in first.evidence)


def test_lookup_by_another_attribute_than_the_index_is_keyed_by(
    fixture_app, tmp_path: Path
) -> None:
    # song_index() keys by song.title; total_minutes() looks up slot.song_id: always None.
    report, _ = fixture_app.analyse("index_key", "setlist", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "setlist/catalog.py",
        "song_index",
        5,
        "RC101",
    )
    assert "song.song_id" in (first.fix or "")
