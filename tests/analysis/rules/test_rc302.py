from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_aliases_without_populate_by_name_point_at_the_model(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc302_alias", tmp_path, ["-m", "ledger.convert"])
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("ledger/models.py", "Invoice", "RC302")
    assert top.line == 4 and top.end_line == 7  # class header .. last aliased field
    text = rc.text_of(top)
    assert "populate_by_name" in text and "alias" in text
    assert any("field names" in e.note for e in top.evidence)
    # The construction site is only contributing.
    assert any(c.file == "ledger/convert.py" and c.kind.value == "contributing" for c in rc.by_rule(report, "RC302"))


def test_a_missing_plain_field_is_not_an_alias_problem(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc302_alias", tmp_path, ["-m", "ledger.missing"])
    assert rc.by_rule(report, "RC302") == []


def test_request_body_sent_with_field_names_to_an_aliased_model(tmp_path: Path) -> None:
    report, text = rc.analyse("rc302_alias", tmp_path, ["-m", "ledger.api"])
    assert "'body', 'invoiceNo'" in text
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("ledger/models.py", "Invoice", "RC302")
    assert "populate_by_name" in rc.text_of(top)
