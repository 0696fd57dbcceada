"""Redaction: detect-secrets' detectors plus URLs, DSNs, private keys, .env values, JWTs, entropy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rootcause.llm.redact import redact_lines, redact_text


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ('AWS_ACCESS_KEY_ID = "AKIAQ3EGT7XKZP4M2WNB"', "AKIAQ3EGT7XKZP4M2WNB"),
        (
            'aws_secret_access_key = "k9Tz3vQx7LmN2pR8sW4yB6dF1hJ5gK0cV3xZ8nMq"',
            "k9Tz3vQx7LmN2pR8sW4yB6dF1hJ5gK0cV3xZ8nMq",
        ),
        (
            "token = 'ghp_R7mK2pX9vQ4tL8wN3bZ6cY1dF5hJ0gS2aE7u'",
            "ghp_R7mK2pX9vQ4tL8wN3bZ6cY1dF5hJ0gS2aE7u",
        ),
        ('url = "postgresql+asyncpg://app:hunter2@localhost/app"', "hunter2"),
        ("redis://:p4ssw0rd@cache:6379/0", "p4ssw0rd"),
        ('settings = Settings(secret_key="s3cr3t-value-123")', "s3cr3t-value-123"),
        ('password = "letmein"', "letmein"),
        (
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
            "eyJzdWIiOiIxIn0",
        ),
        ("ValueError: bad token tok_9fK2LmQ8xZ7pR4vW1nB6cD3e", "tok_9fK2LmQ8xZ7pR4vW1nB6cD3e"),
        ("STRIPE=sk_live_51HaBcDeFgHiJkLmNoPqRsTu", "sk_live_51HaBcDeFgHiJkLmNoPqRsTu"),
    ],
)
def test_secrets_in_code_and_text_are_removed(line: str, secret: str) -> None:
    assert secret not in redact_text(line, filename="app/settings.py")
    assert secret not in redact_text(line)
    assert "[REDACTED:" in redact_text(line)


def test_env_file_values() -> None:
    text = (
        "DEBUG=true\nSESSION_SECRET=correct-horse-battery-staple\nDB_PASSWORD=hunter2\nPORT=8000\n"
    )
    out = redact_text(text, filename=".env")
    assert "correct-horse" not in out and "hunter2" not in out
    assert "DEBUG=true" in out and "PORT=8000" in out
    assert out.count("\n") == text.count("\n")


def test_private_key_blocks_whole_cut_and_escaped() -> None:
    body = ["MIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun"] * 3
    lines = [
        "x = 1",
        "-----BEGIN RSA PRIVATE KEY-----",
        *body,
        "-----END RSA PRIVATE KEY-----",
        "y = 2",
    ]
    out = redact_lines(lines, filename="keys.py")
    assert len(out) == len(lines) and out[0] == "x = 1" and out[-1] == "y = 2"
    assert not any(body[0] in line for line in out)
    # An excerpt that starts or stops inside the block.
    assert body[0] not in "\n".join(redact_lines(lines[2:], filename="keys.py"))
    assert body[0] not in "\n".join(redact_lines(lines[:4], filename="keys.py"))
    escaped = (
        'KEY = "-----BEGIN PRIVATE KEY-----\\nMIIEabcdefghijklmnop\\n-----END PRIVATE KEY-----"'
    )
    assert "MIIEabcdefghijklmnop" not in redact_text(escaped, filename="k.py")


def test_ordinary_code_and_tracebacks_survive() -> None:
    lines = [
        "    user = await session.scalar(select(User).where(User.id == user_id))",
        "AttributeError: 'NoneType' object has no attribute 'stripe_customer_id'",
        'revision = "a1b2c3d4e5f6"',
        'down_revision = "3f9e2c1ab7d4"',
        '    api_key = os.environ["STRIPE_API_KEY"]',
        '    password = request.form["password"]',
        '  File "/home/alice/project/app/services/billing_service.py", line 42, in charge',
        "KeyError: 'DATABASE_URL'",
        "  #1 [library] /work/venv/lib/python3.11/site-packages/uvicorn/protocols/http/h11_impl.py:411",
        "H3 migrations/versions/0002_add_billing_enabled.py:23 in upgrade",
        "    def test_0002_add_billing_enabled_for_existing_rows_v2(self):",
        '    password: str = ""',
        'url = "https://api.example.com/v1/users"',
        '    token_type: str = "bearer"',
        'return {"access_token": create_access_token(body.email), "token_type": "bearer"}',
        'TOKEN_URL = "https://auth.example.com/oauth/token"',
        'SECRET_NAME = "prod/billing/stripe"',
        '  File "/tmp/rc-case-t5j32q9h/driver.py", line 8, in <module>',
        "ImportError: cannot import name 'quota' (/tmp/rc-case-s4i05nx1/shortly/app/main.py)",
    ]
    assert redact_lines(lines, filename="app/x.py") == lines
    assert redact_lines(lines) == lines


def test_redaction_is_deterministic() -> None:
    text = 'a = "AKIAQ3EGT7XKZP4M2WNB"\nb = "postgresql://u:pw12345@h/db"'
    assert redact_text(text) == redact_text(text)


# -- properties ------------------------------------------------------------------------

_PASSWORD = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="@/:'\"<>\\#?"),
    min_size=6,
    max_size=24,
)


@settings(max_examples=60, deadline=None)
@given(
    aws=st.from_regex(r"AKIA[A-Z0-9]{16}", fullmatch=True),
    github=st.from_regex(r"gh[pousr]_[A-Za-z0-9]{36}", fullmatch=True),
    password=_PASSWORD,
    template=st.sampled_from(
        [
            'engine = create_engine("postgresql://svc:{password}@db:5432/app")  # {aws}',
            "ConnectionError: could not reach redis://default:{password}@cache:6379 with {github}",
            "DATABASE_URL=mysql://root:{password}@localhost/app GITHUB={github} AWS={aws}",
        ]
    ),
)
def test_generated_secrets_never_survive(
    aws: str, github: str, password: str, template: str
) -> None:
    text = template.format(aws=aws, github=github, password=password)
    for filename in ("app/db.py", "traceback.txt", ".env"):
        out = redact_text(text, filename=filename)
        assert aws not in out and github not in out
        assert f":{password}@" not in out


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_line_count_is_preserved(text: str) -> None:
    assert redact_text(text).count("\n") == text.count("\n")
