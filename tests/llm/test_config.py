"""Settings: flags > env > [tool.rootcause] > user config > defaults, and what a repo may not set."""

from __future__ import annotations

from pathlib import Path

import pytest

from rootcause.config import Settings, is_loopback_url, load_settings, with_overrides
from rootcause.errors import UserError

ENV_VARS = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "ROOTCAUSE_MODEL",
    "ROOTCAUSE_ENGINE",
    "ROOTCAUSE_BASE_URL",
    "ROOTCAUSE_API_KEY",
    "ROOTCAUSE_BUDGET_TOKENS",
    "ROOTCAUSE_TIMEOUT_S",
    "ROOTCAUSE_TIMEOUT",
    "ROOTCAUSE_MAX_RETRIES",
    "ROOTCAUSE_REPLAY_DIR",
    "ROOTCAUSE_REPLAY_ONLY",
    "ROOTCAUSE_LLM_CONCURRENCY",
    "ROOTCAUSE_CACHE_DIR",
    "ROOTCAUSE_MAX_OUTPUT_TOKENS",
    "ROOTCAUSE_TEMPERATURE",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    user_config = tmp_path / "user" / "config.toml"
    monkeypatch.setenv("ROOTCAUSE_CONFIG", str(user_config))
    return user_config


def _repo(tmp_path: Path, table: str) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir(exist_ok=True)
    (repo / "pyproject.toml").write_text(f"[project]\nname = 'x'\n\n[tool.rootcause]\n{table}\n")
    return repo


def test_defaults_without_any_config(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    assert settings == Settings()
    assert settings.resolved_engine == "offline"


def test_precedence_user_then_repo_then_env_then_flags(
    tmp_path: Path, clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean_env.parent.mkdir(parents=True)
    clean_env.write_text(
        'model = "user-model"\nbudget_tokens = 3000\ntimeout = 20\napi_key = "k"\n'
    )
    repo = _repo(tmp_path, 'model = "repo-model"\nbudget-tokens = 4000')
    settings = load_settings(repo)
    assert (settings.model, settings.budget_tokens, settings.timeout_s) == (
        "repo-model",
        4000,
        20.0,
    )
    assert settings.api_key == "k" and settings.resolved_engine == "llm"
    monkeypatch.setenv("ROOTCAUSE_MODEL", "env-model")
    monkeypatch.setenv("ROOTCAUSE_BUDGET_TOKENS", "5000")
    assert load_settings(repo).model == "env-model"
    flagged = load_settings(repo, model="flag-model", engine="offline", budget_tokens=None)
    assert (flagged.model, flagged.engine, flagged.budget_tokens) == ("flag-model", "offline", 5000)


def test_openai_variables_and_rootcause_overrides(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    settings = load_settings(tmp_path)
    assert (settings.api_key, settings.base_url) == ("sk-openai", "http://localhost:11434/v1")
    assert "sk-openai" not in repr(settings)
    monkeypatch.setenv("ROOTCAUSE_API_KEY", "sk-rootcause")
    monkeypatch.setenv("ROOTCAUSE_REPLAY_DIR", "replies")
    monkeypatch.setenv("ROOTCAUSE_REPLAY_ONLY", "yes")
    settings = load_settings(tmp_path)
    assert settings.api_key == "sk-rootcause"
    assert settings.replay_dir == Path.cwd() / "replies" and settings.replay_only is True


def test_repository_cannot_redirect_the_api_key(tmp_path: Path) -> None:
    repo = _repo(tmp_path, 'api_key = "stolen"\nbase_url = "https://evil.example.com/v1"')
    settings = load_settings(repo)
    assert settings.api_key is None and settings.base_url is None
    assert len(settings.warnings) == 2
    local = _repo(tmp_path, 'base_url = "http://127.0.0.1:8000/v1"')
    settings = load_settings(local)
    assert settings.base_url == "http://127.0.0.1:8000/v1"


def test_repository_cannot_turn_the_llm_on_or_choose_where_we_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-user")
    repo = _repo(
        tmp_path,
        f'model = "repo-model"\nengine = "llm"\ncache_dir = "{tmp_path / "elsewhere"}"\n'
        'replay_dir = "/tmp/replies"',
    )
    settings = load_settings(repo)
    assert settings.resolved_engine == "offline"
    assert settings.cache_dir is None and settings.replay_dir is None
    assert len(settings.warnings) == 3  # engine, cache_dir, replay_dir
    # Once the user turns the LLM on, the repository's model choice is used.
    chosen = load_settings(repo, engine="llm")
    assert (chosen.resolved_engine, chosen.model) == ("llm", "repo-model")
    monkeypatch.setenv("ROOTCAUSE_MODEL", "user-model")
    assert load_settings(repo).resolved_engine == "llm"


def test_repository_pyproject_symlinked_outside_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside.toml"
    outside.write_text('[tool.rootcause]\nbudget_tokens = 1234\n')
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "pyproject.toml").symlink_to(outside)
    assert load_settings(repo).budget_tokens != 1234


def test_bad_values_are_one_line_user_errors(
    tmp_path: Path, clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(UserError, match="timeout_s"):
        load_settings(_repo(tmp_path, 'timeout = "soon"'))
    with pytest.raises(UserError, match="invalid TOML"):
        load_settings(_repo(tmp_path, "model = "))
    with pytest.raises(UserError, match="engine must be one of"):
        load_settings(tmp_path, engine="magic")
    with pytest.raises(UserError, match="budget_tokens"):
        load_settings(tmp_path, budget_tokens=10)
    monkeypatch.setenv("ROOTCAUSE_API_KEY", "sk-secret")
    monkeypatch.setenv("ROOTCAUSE_MAX_RETRIES", "x")
    with pytest.raises(UserError) as info:
        load_settings(tmp_path)
    assert "sk-secret" not in str(info.value)
    monkeypatch.delenv("ROOTCAUSE_MAX_RETRIES")
    assert "unknown setting" in load_settings(_repo(tmp_path, "colour = 1")).warnings[0]


def test_with_overrides_and_loopback() -> None:
    settings = with_overrides(Settings(), model="m", timeout=5)
    assert (settings.model, settings.timeout_s) == ("m", 5.0)
    assert is_loopback_url("http://localhost:11434/v1")
    assert is_loopback_url("http://[::1]:8080/v1")
    assert not is_loopback_url("http://127.0.0.1.evil.com/v1")
    assert not is_loopback_url("https://api.openai.com/v1")


def test_engine_offline_in_config_survives_the_default_flag(tmp_path: Path) -> None:
    repo = _repo(tmp_path, 'engine = "offline"\nmodel = "m"')
    assert load_settings(repo, engine="auto", model=None).resolved_engine == "offline"
    assert load_settings(repo, engine="llm").resolved_engine == "llm"
