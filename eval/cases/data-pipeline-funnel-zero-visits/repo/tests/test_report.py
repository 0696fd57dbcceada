from funnel.events import parse_events
from funnel.report import report

LINES = """
{"sid": "s1", "utm_campaign": "summer", "type": "visit"}
{"sid": "s1", "utm_campaign": "summer", "type": "purchase", "value": 30}
{"sid": "s2", "utm_campaign": "summer", "type": "visit"}
{"sid": "s3", "utm_campaign": "newsletter-06", "type": "purchase", "value": 12.5}
""".splitlines()


def test_summer_conversion():
    stats = report(parse_events(LINES))
    assert stats["summer"]["conversion"] == 0.5
    assert stats["summer"]["revenue"] == 30


def test_every_campaign_has_a_row():
    assert set(report(parse_events(LINES))) == {"summer", "newsletter-06"}
