from __future__ import annotations

from pathlib import Path

from rootcause.analysis.rules import all_rules
from rootcause.analysis.rules.docgen import render_index, render_page

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"


def test_every_rule_has_an_up_to_date_page() -> None:
    rules = all_rules()
    assert rules, "no rules registered"
    for rule in rules:
        page = DOCS / f"{rule.code}.md"
        assert page.is_file(), f"run: python -m rootcause.analysis.rules.docgen ({page} missing)"
        assert page.read_text(encoding="utf-8") == render_page(rule), (
            f"{page} is stale: regenerate it"
        )
    assert (DOCS / "README.md").read_text(encoding="utf-8") == render_index(rules)


def test_every_rule_is_documented_with_why_and_example() -> None:
    for rule in all_rules():
        assert rule.summary, rule.code
        assert "Why it matters" in rule.doc, rule.code
        assert "Example" in rule.doc, rule.code
