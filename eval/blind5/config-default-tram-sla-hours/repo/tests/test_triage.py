from __future__ import annotations

from datetime import timedelta

from faultline.models import Severity
from faultline.triage import classify, open_ticket


def test_safety_words_raise_severity(make_ticket):
    ticket = classify(make_ticket("Sparks from the pantograph at platform 2"))
    assert ticket.severity is Severity.HIGH
    assert "safety" in ticket.tags


def test_plain_fault_keeps_severity(make_ticket):
    ticket = classify(make_ticket("Timetable display flickering", Severity.LOW))
    assert ticket.severity is Severity.LOW
    assert ticket.tags == []


def test_open_ticket_sets_due_date(make_ticket, settings):
    ticket = open_ticket(make_ticket("Exposed cable near the shelter", Severity.MEDIUM), settings)
    assert ticket.due_by - ticket.reported_at == timedelta(hours=4)
    assert ticket.tags == ["safety", "interchange"]
