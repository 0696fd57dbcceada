"""Settings from flags, environment and ``[tool.rootcause]`` in the repo's pyproject.toml.

Precedence, highest first: command-line flags (``load_settings(repo, **overrides)``),
environment variables (``ROOTCAUSE_*``, then ``OPENAI_API_KEY`` / ``OPENAI_BASE_URL``),
``[tool.rootcause]`` in the analysed repository's pyproject.toml, the user config file
(``config.toml`` in the platformdirs user config dir, or ``$ROOTCAUSE_CONFIG``), then the
defaults below.

Safety: the analysed repository is not trusted with your key, your network or your disk.
Its pyproject.toml may choose the model, budget and timeout used once *you* turn the LLM on
(``--engine llm``, or a model/engine in your environment or user config), but it can never
turn the LLM on by itself (``engine = "offline"`` is the one engine value it may set), and a
``base_url`` only when that points at this machine (a local Ollama / vLLM / llama.cpp
server). ``api_key``, ``cache_dir`` and ``replay_dir`` are never read from it, and the file is
read through :class:`~rootcause.workspace.Workspace`, so a symlink cannot point it elsewhere.
Ignored keys produce a warning (``Settings.warnings``).
"""

from __future__ import annotations

import ipaddress
import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rootcause.errors import UserError

DEFAULT_BUDGET_TOKENS = 6000
DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MAX_RETRIES = 1
DEFAULT_LLM_CONCURRENCY = 4

ENGINES = ("auto", "offline", "llm")


@dataclass(frozen=True)
class Settings:
    engine: str = "auto"  # auto | offline | llm
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    budget_tokens: int = DEFAULT_BUDGET_TOKENS  # prompt tokens sent to the model, estimated
    timeout_s: float = DEFAULT_TIMEOUT_S  # wall-clock bound on the whole LLM step
    cache_dir: Path | None = None
    # LLM path ------------------------------------------------------------------
    max_retries: int = DEFAULT_MAX_RETRIES  # re-asks after a malformed reply
    replay_dir: Path | None = None  # record/replay model replies here (eval)
    replay_only: bool = False  # with replay_dir: never call the model, miss = offline
    llm_concurrency: int = DEFAULT_LLM_CONCURRENCY  # model calls in flight per process
    max_output_tokens: int | None = None  # sent as max_completion_tokens when set
    temperature: float | None = None  # sent only when set (some models reject it)
    warnings: tuple[str, ...] = ()  # configuration problems worth telling the user
    # False when the model was named only by the analysed repository's own pyproject.toml:
    # such a model is used once the user turns the LLM on, but never turns it on itself.
    model_trusted: bool = True

    @property
    def llm_configured(self) -> bool:
        """True when the user named a model: ``auto`` then means the LLM engine."""
        return bool(self.model) and self.model_trusted

    @property
    def resolved_engine(self) -> str:
        if self.engine == "auto":
            return "llm" if self.llm_configured else "offline"
        return self.engine


# -- loading -------------------------------------------------------------------------

#: Accepted spellings in config files -> Settings field.
_ALIASES: dict[str, str] = {
    "timeout": "timeout_s",
    "budget": "budget_tokens",
    "concurrency": "llm_concurrency",
    "jobs": "llm_concurrency",
}

#: ROOTCAUSE_<NAME> environment variables -> Settings field.
_ENV_FIELDS: dict[str, str] = {
    "ROOTCAUSE_ENGINE": "engine",
    "ROOTCAUSE_MODEL": "model",
    "ROOTCAUSE_BASE_URL": "base_url",
    "ROOTCAUSE_API_KEY": "api_key",
    "ROOTCAUSE_BUDGET_TOKENS": "budget_tokens",
    "ROOTCAUSE_TIMEOUT_S": "timeout_s",
    "ROOTCAUSE_TIMEOUT": "timeout_s",
    "ROOTCAUSE_CACHE_DIR": "cache_dir",
    "ROOTCAUSE_MAX_RETRIES": "max_retries",
    "ROOTCAUSE_REPLAY_DIR": "replay_dir",
    "ROOTCAUSE_REPLAY_ONLY": "replay_only",
    "ROOTCAUSE_LLM_CONCURRENCY": "llm_concurrency",
    "ROOTCAUSE_MAX_OUTPUT_TOKENS": "max_output_tokens",
    "ROOTCAUSE_TEMPERATURE": "temperature",
}

_FIELD_NAMES = frozenset(f.name for f in fields(Settings)) - {"warnings", "model_trusted"}
_PATH_FIELDS = frozenset({"cache_dir", "replay_dir"})
_INT_FIELDS = frozenset({"budget_tokens", "max_retries", "llm_concurrency", "max_output_tokens"})
_FLOAT_FIELDS = frozenset({"timeout_s", "temperature"})
_BOOL_FIELDS = frozenset({"replay_only"})
#: Never taken from the analysed repository's own files.
_REPO_FORBIDDEN = frozenset({"api_key", "cache_dir", "replay_dir"})


def user_config_path() -> Path:
    """``$ROOTCAUSE_CONFIG`` or ``<user config dir>/rootcause/config.toml``."""
    explicit = os.environ.get("ROOTCAUSE_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    if sys.platform.startswith("linux"):
        # what platformdirs answers here, without importing it (start-up time)
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        base = Path(xdg) if xdg.strip() else Path(os.path.expanduser("~/.config"))
        return base / "rootcause" / "config.toml"
    from platformdirs import user_config_dir

    return Path(user_config_dir("rootcause", appauthor=False)) / "config.toml"


def load_settings(repo: Path | str | None = None, **overrides: Any) -> Settings:
    """Settings for analysing ``repo``: defaults < user config < pyproject < env < ``overrides``.

    ``overrides`` are the command-line flags by field name; ``None`` means "not given", and
    so does ``engine="auto"`` (the flag's default), so that ``engine = "offline"`` in a config
    file keeps working as a "never send anything" switch.
    Raises :class:`UserError` on a malformed config file or value.
    """
    warnings: list[str] = []
    values: dict[str, Any] = {}

    user_path = user_config_path()
    user_table = _read_toml(user_path, table=None)
    values.update(
        _coerce_table(user_table, f"{user_path}", base=user_path.parent, warnings=warnings)
    )

    model_from_repo = False
    if repo is not None:
        from rootcause.workspace import Workspace

        repo_root = Path(repo)
        pyproject = repo_root / "pyproject.toml"
        text = Workspace(repo_root).read_text("pyproject.toml") if repo_root.is_dir() else None
        repo_table = _parse_toml(text or "", pyproject, table=("tool", "rootcause"))
        repo_values = _coerce_table(
            repo_table, f"{pyproject} [tool.rootcause]", base=repo_root, warnings=warnings
        )
        for key in sorted(_REPO_FORBIDDEN & repo_values.keys()):
            warnings.append(f"ignored {key!r} from the analysed repository's pyproject.toml")
            del repo_values[key]
        url = repo_values.get("base_url")
        if url is not None and not is_loopback_url(str(url)):
            warnings.append(
                "ignored base_url from the analysed repository's pyproject.toml "
                "(only a local server may be named there; set it in your user config or "
                "OPENAI_BASE_URL)"
            )
            del repo_values["base_url"]
        if repo_values.get("engine", "offline") != "offline":
            warnings.append(
                f"ignored engine = {repo_values['engine']!r} from the analysed repository's "
                "pyproject.toml (only you can turn the LLM on: --engine llm or your own config)"
            )
            del repo_values["engine"]
        # The user opted in when their own config names a model; the repo may then pick another.
        model_from_repo = "model" in repo_values and "model" not in values
        values.update(repo_values)

    from_env = _from_environment(os.environ)
    model_from_repo = model_from_repo and "model" not in from_env
    values.update(from_env)
    for key, value in overrides.items():
        name = _ALIASES.get(key, key)
        if name not in _FIELD_NAMES:
            raise TypeError(f"load_settings() got an unknown setting {key!r}")
        if value is None or (name == "engine" and value == "auto"):
            continue
        values[name] = _coerce(name, value, source="command line", base=Path.cwd())
        if name == "model":
            model_from_repo = False

    settings = Settings(**values, warnings=tuple(warnings), model_trusted=not model_from_repo)
    _validate(settings)
    return settings


def with_overrides(settings: Settings, **overrides: Any) -> Settings:
    """A copy of ``settings`` with the non-None ``overrides`` applied and validated."""
    changes = {
        _ALIASES.get(k, k): _coerce(_ALIASES.get(k, k), v, source="override", base=Path.cwd())
        for k, v in overrides.items()
        if v is not None
    }
    updated = replace(settings, **changes)
    _validate(updated)
    return updated


def is_loopback_url(url: str) -> bool:
    """True when ``url`` points at this machine (localhost, 127.0.0.0/8, ::1)."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- helpers -------------------------------------------------------------------------


def _read_toml(path: Path, *, table: tuple[str, ...] | None) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UserError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    return _parse_toml(raw.decode("utf-8", errors="replace"), path, table=table)


def _parse_toml(text: str, path: Path, *, table: tuple[str, ...] | None) -> dict[str, Any]:
    try:
        data: Any = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"invalid TOML in {path}: {exc}") from None
    for key in table or ():
        data = data.get(key, {}) if isinstance(data, dict) else {}
    if not isinstance(data, dict):
        raise UserError(f"{path}: [{'.'.join(table or ())}] must be a table")
    return data


def _coerce_table(
    table: Mapping[str, Any], source: str, *, base: Path, warnings: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        name = _ALIASES.get(key, key)
        if name not in _FIELD_NAMES:
            warnings.append(f"unknown setting {raw_key!r} in {source}")
            continue
        out[name] = _coerce(name, value, source=source, base=base)
    return out


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    # The standard OpenAI variables first, so ROOTCAUSE_* wins when both are set.
    if environ.get("OPENAI_API_KEY"):
        out["api_key"] = environ["OPENAI_API_KEY"]
    if environ.get("OPENAI_BASE_URL"):
        out["base_url"] = environ["OPENAI_BASE_URL"]
    for var, name in _ENV_FIELDS.items():
        value = environ.get(var)
        if value is not None and value != "":
            out[name] = _coerce(name, value, source=f"${var}", base=Path.cwd())
    return out


def _coerce(name: str, value: Any, *, source: str, base: Path) -> Any:
    """Turn a config/env/flag value into the field's type, or raise a one-line UserError."""
    try:
        if name in _PATH_FIELDS:
            path = Path(str(value)).expanduser()
            return path if path.is_absolute() else base / path
        if name in _BOOL_FIELDS:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(text)
        if name in _INT_FIELDS:
            if isinstance(value, bool):
                raise ValueError(value)
            return int(value)
        if name in _FLOAT_FIELDS:
            if isinstance(value, bool):
                raise ValueError(value)
            return float(value)
        if not isinstance(value, str):
            raise ValueError(value)
        return value
    except (TypeError, ValueError):
        shown = "<hidden>" if name == "api_key" else repr(value)
        raise UserError(f"invalid value {shown} for {name} in {source}") from None


def _validate(settings: Settings) -> None:
    if settings.engine not in ENGINES:
        raise UserError(f"engine must be one of {', '.join(ENGINES)}, not {settings.engine!r}")
    if settings.budget_tokens < 1000:
        raise UserError(f"budget_tokens must be at least 1000, not {settings.budget_tokens}")
    if not settings.timeout_s > 0:
        raise UserError(f"timeout_s must be positive, not {settings.timeout_s}")
    if settings.max_retries < 0:
        raise UserError(f"max_retries must be 0 or more, not {settings.max_retries}")
    if settings.llm_concurrency < 1:
        raise UserError(f"llm_concurrency must be at least 1, not {settings.llm_concurrency}")
    if settings.base_url is not None and urlsplit(settings.base_url).scheme not in {
        "http",
        "https",
    }:
        raise UserError(f"base_url must be an http(s) URL, not {settings.base_url!r}")
