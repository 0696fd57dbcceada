from pathlib import Path

import pytest

from digestd.config import load_settings
from digestd.mailer import Mailer, build_message

CONFIG = """
[database]
url = "sqlite:///:memory:"

[smtp]
host = "mail.internal"
port = 587
sender = "digest@example.org"
use_tls = true
"""


@pytest.fixture
def settings(tmp_path: Path):
    path = tmp_path / "digestd.toml"
    path.write_text(CONFIG)
    return load_settings(path)


def test_schedule_defaults(settings) -> None:
    assert settings.schedule.hour == 7
    assert settings.database.url == "sqlite:///:memory:"


def test_message_headers(settings) -> None:
    msg = build_message(settings, "ana@example.org", ["a", "b"])
    assert msg["From"] == "digest@example.org"
    assert msg["Subject"] == "Your digest: 2 new item(s)"


def test_mailer_connects_to_configured_host(settings) -> None:
    mailer = Mailer(settings.smtp)
    assert mailer.connection_args() == ("mail.internal", 587)
