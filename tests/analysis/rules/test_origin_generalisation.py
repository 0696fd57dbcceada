"""Value-origin mechanisms added for generalisation, each on a fixture app of its own.

Every traceback is produced by running the fixture (``fixture_app.analyse``); none of the
fixtures copies an eval case.
"""

from __future__ import annotations

from pathlib import Path


def _first(report):  # type: ignore[no-untyped-def]
    return report.candidates[0]


def _notes(candidate) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(e.note for e in candidate.evidence)


def test_sequence_times_float_is_traced_to_the_unconverted_entry(
    fixture_app, tmp_path: Path
) -> None:
    # "can't multiply sequence by non-int": the str entry of a record built in another file,
    # reached through a generator frame and a list comprehension.
    report, _ = fixture_app.analyse("crate_weights", "crates", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("crates/parse.py", "parse_line", 6)
    assert first.rule == "RC104"


def test_dataclass_default_factory_through_an_env_helper(fixture_app, tmp_path: Path) -> None:
    # policy.backoff * n + 1.0: the str operand is the product; backoff has no construction
    # argument, so its field(default_factory=lambda: _setting(...)) is the value, and the
    # one-line helper around os.environ.get hands the blame to the field that trusts it.
    report, _ = fixture_app.analyse("poll_policy", "poller", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("poller/policy.py", "RetryPolicy", 11)
    assert first.rule == "RC104"
    assert "os.environ.get" in _notes(first)


def test_cache_decorator_on_async_function_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("coroutine_reuse", "beacon.cached", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("beacon/rates.py", "exchange_rate", 5)
    assert first.rule == "RC206"
    assert not any(c.rule == "RC201" for c in report.candidates)


def test_coroutine_created_before_the_loop_that_awaits_it(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("coroutine_reuse", "beacon.loop", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line, first.rule) == (
        "beacon/loop.py",
        "probe",
        11,
        "RC206",
    )


def test_await_of_async_function_follows_into_its_unawaited_return(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("awaited_returns_coro", "ledgerq", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == (
        "ledgerq/store.py",
        "EntryStore.entries",
        10,
    )
    assert first.rule == "RC201"


def test_out_of_range_timestamp_is_traced_to_the_unit_scaling(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("token_expiry", "tokens", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("tokens/clock.py", "expiry_epoch", 11)
    assert first.rule == "RC110"
    assert "1000" in first.explanation


def test_empty_slice_from_one_based_offset_is_off_by_one(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("batch_window", "batcher", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("batcher/windows.py", "window", 5)
    assert "1-based" in first.explanation


def test_raw_sql_migration_without_backfill_explains_a_null_column(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("sql_migration", "wallet", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == (
        "wallet/migrations/m2_credits.py",
        "upgrade",
        2,
    )
    assert "no backfill" in first.explanation


def test_mutated_mutable_default_is_found_from_a_custom_raise(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("shared_default", "triage", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("triage/tickets.py", "new_ticket", 10)
    assert first.rule == "RC111"


def test_mutable_default_that_is_never_mutated_is_not_blamed(fixture_app, tmp_path: Path) -> None:
    repo = fixture_app.copy("shared_default", tmp_path)
    tickets = repo / "triage" / "tickets.py"
    tickets.write_text(
        tickets.read_text().replace(
            '    tags.append("status:new")\n    return Ticket(title=title, tags=tags)',
            '    return Ticket(title=title, tags=[*tags, "status:new", "status:new"])',
        )
    )
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.ingest import parse_text

    text = fixture_app.run(repo, "triage")
    report = analyze_incident(parse_text(text, repo=repo).incidents[-1], repo=repo, top=5)
    assert not any(c.rule == "RC111" for c in report.candidates)


def test_key_error_from_swapped_arguments_blames_the_caller(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("swapped_key", "vat", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("vat/__main__.py", "tax_of", 13)
    assert "wrong order" in first.explanation


def test_path_copied_into_a_module_constant_at_import(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("import_snapshot", "thumbs", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("thumbs/store.py", "<module>", 3)
    assert "imported" in first.explanation


def test_response_rows_from_a_query_without_the_needed_filter(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("unfiltered_rows", "desk", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("desk/queries.py", "resolved_tickets", 7)
    assert first.rule == "RC305"


def test_lookup_miss_is_traced_to_the_writer_that_never_commits(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("unsaved_rows", "club", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("club/members.py", "MemberBook.enrol", 13)
    assert "commit" in first.explanation


def test_search_key_folded_unlike_the_stored_values_never_matches(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("folded_lookup", "palette", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line) == ("palette/swatches.py", "swatch_for", 18)
    assert ".title()" in first.explanation


def test_a_key_that_is_simply_absent_is_not_called_a_folding_bug(
    fixture_app, tmp_path: Path
) -> None:
    repo = fixture_app.copy("folded_lookup", tmp_path)
    swatches = repo / "palette" / "swatches.py"
    swatches.write_text(
        swatches.read_text().replace("name.strip().title()", "name.strip().lower()")
    )
    from rootcause.analysis.pipeline import analyze_incident
    from rootcause.ingest import parse_text

    text = fixture_app.run(repo, "palette", "navy")
    report = analyze_incident(parse_text(text, repo=repo).incidents[-1], repo=repo, top=5)
    assert not any("normalises the key" in c.title for c in report.candidates)


def test_mutable_class_attribute_shared_by_instances(fixture_app, tmp_path: Path) -> None:
    # cart.lines has no construction argument: the class-level `lines = []`, appended to
    # through self.lines, is one list for every cart.
    report, _ = fixture_app.analyse("shared_class_attr", "basket", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line, first.rule) == (
        "basket/cart.py",
        "Cart",
        2,
        "RC111",
    )
    assert "class attribute" in first.explanation


def test_coroutine_stored_on_the_instance_and_awaited_per_call(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("coroutine_reuse", "beacon.stored", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line, first.rule) == (
        "beacon/stored.py",
        "Feed.__init__",
        7,
        "RC206",
    )


def test_mutable_default_kept_on_the_instance_and_mutated_by_another_method(
    fixture_app, tmp_path: Path
) -> None:
    # Team("S") omits players: __init__ stores the one shared `[]` as self.players and
    # sign() appends to it, so the second team sees the first team's players.
    report, _ = fixture_app.analyse("instance_default", "roster", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line, first.rule) == (
        "roster/teams.py",
        "Team.__init__",
        2,
        "RC111",
    )
    assert "self.players.append" in first.explanation


def test_none_given_a_format_spec_is_traced_to_the_function_falling_off_its_end(
    fixture_app, tmp_path: Path
) -> None:
    # "unsupported format string passed to NoneType.__format__": only `{tide.height:.2f}`
    # carries a spec; parse_height() forgets the return of its metres branch.
    report, _ = fixture_app.analyse("format_none", "almanac", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.rule) == ("almanac/tides.py", "parse_height", "RC101")
    assert first.line == 8


def test_out_of_range_timestamp_read_from_a_field_named_in_milliseconds(
    fixture_app, tmp_path: Path
) -> None:
    # float(r["timestampMs"]) is stored as seconds: fromtimestamp() gets a year ~57,000.
    report, _ = fixture_app.analyse("unit_name", "gauge", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line, first.rule) == (
        "gauge/feed.py",
        "parse",
        11,
        "RC110",
    )
    assert "milliseconds" in first.explanation and "1000" in (first.fix or "")


def test_mutable_default_behind_a_comprehension_that_unpacks_too_many(
    fixture_app, tmp_path: Path
) -> None:
    # (league,) = {... for player in team.players}: the carets mark only the target; the
    # collection the comprehension reads is where the shared default shows.
    report, _ = fixture_app.analyse("instance_default", "roster.unpack", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.rule) == ("roster/teams.py", "Team.__init__", "RC111")


def test_value_beyond_a_field_bound_read_from_a_field_named_in_cents(
    fixture_app, tmp_path: Path
) -> None:
    # Bid.amount <= 10000 fails for 22500.0: fair_price() uses last_sold_cents as currency
    # units. The carets mark only `Bid(` of a call continued over several lines.
    report, _ = fixture_app.analyse("cents_bound", "bids", tmp_path)
    first = _first(report)
    assert (first.file, first.function, first.line, first.rule) == (
        "bids/catalog.py",
        "fair_price",
        11,
        "RC110",
    )
    assert "cents" in first.explanation and "100" in (first.fix or "")
