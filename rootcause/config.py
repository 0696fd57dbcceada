"""Settings from flags, environment and ``[tool.rootcause]`` in the repo's pyproject.toml.

Precedence, highest first: command-line flags, environment variables
(``ROOTCAUSE_*``, ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``), ``[tool.rootcause]`` in the
analysed repository's pyproject.toml, the user config file, then the defaults below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_BUDGET_TOKENS = 6000
DEFAULT_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Settings:
    engine: str = "auto"  # auto | offline | llm
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    budget_tokens: int = DEFAULT_BUDGET_TOKENS
    timeout_s: float = DEFAULT_TIMEOUT_S
    cache_dir: Path | None = None

    @property
    def llm_configured(self) -> bool:
        """True when a model is named: ``auto`` then means the LLM engine."""
        return bool(self.model)

    @property
    def resolved_engine(self) -> str:
        if self.engine == "auto":
            return "llm" if self.llm_configured else "offline"
        return self.engine
