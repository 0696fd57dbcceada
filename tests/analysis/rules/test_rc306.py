from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_getenv_none_through_an_fstring_url_points_at_the_settings_line(tmp_path: Path) -> None:
    report, text = rc.analyse("rc306_env", tmp_path, ["-m", "billing.client"])
    assert "UnsupportedProtocol" in text
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("billing/settings.py", "<module>", 5, "RC306")
    text_ = rc.text_of(top)
    assert "BILLING_API" in text_ and "None" in text_
    assert "BILLING_API_URL" in text_  # the name the deployment really sets
    assert any(e.file == "docker-compose.yml" for e in top.evidence)


def test_environ_keyerror_at_import(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc306_env", tmp_path, ["-m", "billing.worker"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("billing/secrets.py", "<module>", 3, "RC306")
    assert "BILLING_SECRET" in top.title and "import" in top.title


def test_settings_prefix_differs_from_the_deployment(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc306_env", tmp_path, ["-m", "billing.send"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("billing/mailer.py", "MailSettings", 5, "RC306")
    assert "BILLING_MAIL_HOST" in top.title and "MAILER_HOST" in top.title
    assert "MAILER_" in (top.fix or "")


def test_settings_present_in_the_environment_do_not_fail(tmp_path: Path) -> None:
    repo = rc.copy("rc306_env", tmp_path)
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "billing.send"], cwd=repo, capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(repo), "BILLING_MAIL_HOST": "smtp", "BILLING_MAIL_USER": "u", "PATH": ""},
    )
    assert proc.returncode == 0, proc.stderr  # the fixture only fails for the reason the rule names


def test_a_helper_reporting_a_missing_variable_points_at_the_line_naming_it(tmp_path: Path) -> None:
    report, _ = rc.analyse("rc306_env", tmp_path, ["-m", "billing.migrate"])
    top = rc.first(report)
    assert (top.file, top.function, top.line, top.rule) == ("billing/database.py", "<module>", 3, "RC306")
    assert "DATABASE_URL" in top.title
