"""Code excerpts for reports, read through the workspace (contained)."""

from __future__ import annotations

from pathlib import Path

from rootcause.workspace import Workspace


class Excerpts:
    """Cached line access to repo files for the renderers."""

    def __init__(self, repo: Path) -> None:
        self.workspace = Workspace(repo)

    def line(self, file: str, lineno: int) -> str | None:
        text = self.workspace.line(file, lineno)
        return text.rstrip() if text is not None else None

    def lines(self, file: str, start: int, end: int) -> list[tuple[int, str]]:
        all_lines = self.workspace.read_lines(file)
        end = min(end, len(all_lines))
        return [(n, all_lines[n - 1].rstrip()) for n in range(max(1, start), end + 1)]
