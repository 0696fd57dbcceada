from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_scalar_parameters_sent_as_json_point_at_the_route_signature(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc301_cart", tmp_path, ["-m", "shop.check_items"])
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("shop/routers/carts.py", "add_item", "RC301")
    assert top.line <= 11 and top.end_line >= 13  # the `sku` / `quantity` parameters
    text = rc.text_of(top).lower()
    assert "query" in text and "body" in text and "`sku`" in text
    assert any(e.file == "shop/check_items.py" and "json=" in e.note for e in top.evidence)


def test_a_body_model_422_is_not_blamed_on_query_parameters(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc301_cart", tmp_path, ["-m", "shop.check_coupon"])
    assert rc.by_rule(report, "RC301") == []


def test_an_explicit_query_parameter_the_client_forgot_is_not_blamed(tmp_path: Path) -> None:
    report, text = rc.analyse("rc301_cart", tmp_path, ["-m", "shop.check_search"])
    assert "'query', 'term'" in text
    assert rc.by_rule(report, "RC301") == []
