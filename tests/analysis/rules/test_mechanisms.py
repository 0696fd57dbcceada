"""General value-origin mechanisms, each on a fixture app whose traceback is produced by running it.

The fixtures are small programs of their own (not copies of eval cases): each shows one
kind of bug the engine must trace across functions and files.
"""

from __future__ import annotations

from pathlib import Path


def _notes(report) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(e.note for c in report.candidates for e in c.evidence)


def test_access_path_follows_dict_entries_and_list_elements(fixture_app, tmp_path: Path) -> None:
    # KeyError on an element of plan["steps"]: the entry, the list extended with a helper's
    # results, then the helper's list literal lacking the key.
    report, _ = fixture_app.analyse("entry_path", "rollout", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("rollout/plan.py", "stage_steps", 8)
    assert first.rule == "RC102"
    assert "the `steps` entry is `steps`" in _notes(report)


def test_model_validation_error_is_traced_to_the_writer_of_the_field(
    fixture_app, tmp_path: Path
) -> None:
    # The data crosses json.dumps and a call through a variable (handler(raw)).
    report, _ = fixture_app.analyse("model_input", "ledger", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("ledger/events.py", "invoice_due", 8)
    assert first.rule == "RC107"
    assert "strftime" in first.title
    assert any("dispatch() passes" in e.note for e in first.evidence)


def test_dataclass_field_is_traced_through_its_constructions(fixture_app, tmp_path: Path) -> None:
    # self.rounds on a dataclass -> Sampling(rounds=args.rounds) -> add_argument without type=.
    report, _ = fixture_app.analyse("field_from_cli", "sampler", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("sampler/__main__.py", "parse")
    assert first.rule == "RC104"
    assert "no `type=`" in _notes(report)


def test_settings_field_that_cannot_be_decoded_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("settings_decode", "notify", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("notify/config.py", "NotifySettings", 7)
    assert first.rule == "RC306"
    assert "JSON" in first.title


def test_contextmanager_used_as_a_dependency(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("cm_dependency", "vault", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.end_line) == (
        "vault/deps.py",
        "connection",
        12,
        13,
    )
    assert first.rule == "RC304"


def test_arguments_swapped_at_the_callers_call_site(fixture_app, tmp_path: Path) -> None:
    # `depot.id` is passed as `ready_at`: the argument reads like the `depot_id` parameter.
    report, _ = fixture_app.analyse("swapped_call", "courier", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("courier/orders.py", "plan", 20)
    assert "wrong order" in first.title


def test_path_read_at_import_and_overridden_too_late(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("path_import", "archiver", tmp_path)
    ranked = [(c.file, c.function, c.line) for c in report.candidates[:2]]
    assert ranked == [("archiver/store.py", "<module>", 6), ("archiver/__main__.py", "main", 8)]
    assert report.candidates[0].rule == "RC108"
    assert "import" in report.candidates[0].title


def test_json_loaded_mapping_looked_up_with_an_int_key(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("json_keys", "scores", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("scores/board.py", "Board.restore", 11)
    assert "str keys" in first.title
    assert "its keys are str" in _notes(report)


def test_await_on_a_wholly_synchronous_class_blames_the_await(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("sync_class_await", "quota", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("quota/__main__.py", "handle", 10)
    assert first.rule == "RC202"


def test_envelope_returned_unlike_its_sibling(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("envelope", "tickets", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("tickets/api.py", "Tracker.issues", 19)
    assert 'body["items"]' in first.title


def test_lookup_key_that_skips_the_writers_normaliser(fixture_app, tmp_path: Path) -> None:
    # levels[canonical(code)] on write, levels[code] on read: the empty defaultdict entry.
    report, _ = fixture_app.analyse("normalised_keys", "stock", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("stock/picking.py", "picks_from", 13)
    assert "canonical" in first.title


def test_lazy_load_blames_the_query_the_crashing_code_called(fixture_app, tmp_path: Path) -> None:
    # Two queries load Playlist without tracks; the view called by_id(), not recent().
    report, _ = fixture_app.analyse("lazy_load_two_queries", "music", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("music/store.py", "PlaylistStore.by_id")
    assert first.rule == "RC204"


def test_elements_of_a_generator_are_what_it_yields(fixture_app, tmp_path: Path) -> None:
    # row iterates over sorted(readings(...)): sorted() keeps the elements, readings() yields them.
    report, _ = fixture_app.analyse("generator_rows", "intake", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("intake/parse.py", "readings", 9)
    assert "`val`, not `value`" in first.title


def test_value_handed_over_through_a_queue_attribute(fixture_app, tmp_path: Path) -> None:
    # message <- handler(message) <- `kind, message = self._pending.popleft()`
    # <- self._pending.append((kind, message)) in post() <- welcome()'s dict literal.
    report, _ = fixture_app.analyse("queue_handoff", "mailer", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("mailer/messages.py", "welcome", 5)
    assert "is put into `self._pending`" in _notes(report)


def test_unparsable_value_is_traced_to_the_literal_that_wrote_it(
    fixture_app, tmp_path: Path
) -> None:
    # int(pool_size_setting()) -> os.environ.get("WORKER_POOL", "auto").strip(): the default.
    report, _ = fixture_app.analyse("bad_conversion", "worker", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("worker/config.py", "pool_size_setting", 7)
    assert first.rule == "RC109"
    assert '"auto"' in first.title


def test_missing_model_field_is_traced_to_the_dict_built_with_another_key(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("model_missing", "billing_sync", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == (
        "billing_sync/records.py",
        "customer_record",
        5,
    )
    assert "`mail`, not `email`" in first.title


def test_none_override_merged_into_a_dataclass_built_with_kwargs(
    fixture_app, tmp_path: Path
) -> None:
    # opts.precision <- Options(**values) <- {**base, **cli} <- cli["precision"] = args.precision
    # (an option without default): the merge lets the None replace the default.
    report, _ = fixture_app.analyse("none_override", "report_tool", tmp_path)
    ranked = [(c.file, c.function) for c in report.candidates[:2]]
    assert ranked == [
        ("report_tool/options.py", "combine"),
        ("report_tool/__main__.py", "<module>"),
    ]
    assert "None overrides" in report.candidates[0].title
    assert "the `precision` entry of `**values`" in _notes(report)


def test_result_of_an_in_place_method_is_a_none_producer(fixture_app, tmp_path: Path) -> None:
    # return ordered.sort(...): list.sort() sorts in place and returns None.
    report, _ = fixture_app.analyse("in_place", "roster", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("roster/teams.py", "by_number", 8)
    assert "in place and returns None" in first.explanation


def test_value_handed_over_through_a_queue_passed_between_functions(
    fixture_app, tmp_path: Path
) -> None:
    # drain(q) reads item["order_ref"]; the item was put into the same queue by enqueue(),
    # which dumps the model by alias ("orderRef").
    report, _ = fixture_app.analyse("queue_alias", "packing", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line) == ("packing/producer.py", "enqueue", 9)
    assert "by_alias=True" in first.explanation and "`orderRef`" in first.explanation
    assert "is put into `tasks` in enqueue()" in _notes(report)


def test_dependency_returning_a_contextmanager_instead_of_yielding(
    fixture_app, tmp_path: Path
) -> None:
    # open_conn() returns connection(), a @contextmanager: FastAPI injects the manager
    # itself ('_GeneratorContextManager' object has no attribute 'fetch').
    report, text = fixture_app.analyse("cm_dependency", "vault.returned", tmp_path)
    assert "_GeneratorContextManager" in text
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "vault/returned.py",
        "open_conn",
        8,
        "RC304",
    )
    assert "with connection() as value: yield value" in (first.fix or "")


def test_dependency_factory_passed_to_depends_uncalled(fixture_app, tmp_path: Path) -> None:
    # Depends(require_scope): FastAPI calls the factory and injects the inner function
    report, text = fixture_app.analyse("cm_dependency", "vault.factory", tmp_path)
    assert "'function' object has no attribute 'name'" in text
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "vault/factory.py",
        "audit",
        30,
        "RC304",
    )
    assert 'require_scope("read")' in (first.fix or "")


def test_alias_generator_inherited_from_a_base_model_blames_the_base_config(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("alias_base", "desk", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "desk/wire.py",
        "Wire",
        6,
        "RC302",
    )
    assert "Wire's model_config" in (first.fix or "")


def test_optional_field_without_default_is_required_in_pydantic_2(
    fixture_app, tmp_path: Path
) -> None:
    report, _ = fixture_app.analyse("optional_required", "roster2", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function, first.line, first.rule) == (
        "roster2/models.py",
        "Member",
        8,
        "RC308",
    )
    assert "= None" in (first.fix or "")
