"""Prompt files: versioned text in ``prompts/``, shipped in the wheel as ``rootcause._prompts``.

Each file starts with a small header::

    ---
    prompt: analyze
    version: 2
    ---

and the body is a :class:`string.Template` (``$name`` placeholders). No prompt text
lives in code.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

#: The repository's prompts/ folder, for editable installs (not shipped as a package).
_REPO_PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


@dataclass(frozen=True, slots=True)
class Prompt:
    name: str
    version: str
    body: str

    def render(self, **values: str) -> str:
        """The body with every ``$name`` filled in (a missing value is an error)."""
        return string.Template(self.body).substitute(values)

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"


def _read_prompt_text(name: str) -> str:
    filename = f"{name}.md"
    try:
        packaged = resources.files("rootcause._prompts").joinpath(filename)
        if packaged.is_file():
            return packaged.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    path = _REPO_PROMPTS / filename
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuntimeError(f"prompt file {filename} is missing from the installation") from exc


@cache
def load_prompt(name: str) -> Prompt:
    """The prompt ``name`` (file ``prompts/<name>.md``), header parsed and stripped."""
    text = _read_prompt_text(name).replace("\r\n", "\n")
    meta: dict[str, str] = {}
    body = text
    if text.startswith("---\n"):
        header, sep, rest = text[4:].partition("\n---\n")
        if sep:
            for line in header.splitlines():
                key, _, value = line.partition(":")
                meta[key.strip()] = value.strip()
            body = rest
    return Prompt(
        name=meta.get("prompt", name), version=meta.get("version", "0"), body=body.strip("\n")
    )
