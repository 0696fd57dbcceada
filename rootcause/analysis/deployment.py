"""Deployment and environment files of a repository (``.env``, compose, Dockerfile, k8s).

Read through the workspace (contained), never executed: what the deployment sets tells a
setting that is missing from one that is misnamed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rootcause.analysis.context import AnalysisContext

_CONFIG_NAME_RE = re.compile(
    r"(^\.env(\..+)?$|\.env$|^env\.|docker-compose.*\.ya?ml$|^compose.*\.ya?ml$|^Dockerfile|\.ya?ml$|\.ini$|\.toml$|\.cfg$|^Procfile$)"
)
_CONFIG_DIRS = ("", "deploy", "deployment", "config", "configs", "ops", "k8s", "helm", "docker", "env", "envs", ".github/workflows")


def config_files(ctx: AnalysisContext, limit: int = 40) -> list[tuple[str, str]]:
    """(path, text) of environment / deployment files at the root and in the usual folders."""
    import os

    root = ctx.workspace.root
    out: list[tuple[str, str]] = []
    for folder in _CONFIG_DIRS:
        base = os.path.join(str(root), folder) if folder else str(root)
        try:
            with os.scandir(base) as it:
                names = sorted(e.name for e in it if e.is_file(follow_symlinks=False))
        except OSError:
            continue
        for name in names:
            if not _CONFIG_NAME_RE.search(name):
                continue
            rel = f"{folder}/{name}" if folder else name
            text = ctx.workspace.read_text(rel)
            if text is None or len(text) > 200_000:
                continue
            out.append((rel, text))
            if len(out) >= limit:
                return out
    return out


_ENV_NAME_RE = re.compile(r"(?m)^\s*(?:-\s*)?(?:export\s+|ENV\s+)?([A-Z][A-Z0-9_]{2,})\s*[:=]")


def env_names_defined(ctx: AnalysisContext) -> dict[str, tuple[str, int]]:
    """Environment variable names the deployment files set: name -> (file, line)."""
    out: dict[str, tuple[str, int]] = {}
    for path, text in config_files(ctx):
        for match in _ENV_NAME_RE.finditer(text):
            out.setdefault(match.group(1), (path, text.count("\n", 0, match.start()) + 1))
    return out
