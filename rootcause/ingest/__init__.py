"""ingest stage: text -> incidents (every traceback found, parsed exactly, mapped to the repo).

Public API:

- :func:`parse_text` / :func:`parse_file`: every traceback in a text or a file (``-`` = stdin).
- :class:`rootcause.ingest.detector.TracebackDetector`: the incremental line-by-line finder
  behind both (and behind ``rootcause run`` / ``rootcause watch``).
- :func:`rootcause.ingest.paths.resolve_incident`: printed paths -> repository files.
- :func:`rootcause.ingest.paths.locations_in_message`: ``File "...", line N, in f`` locations
  named inside an exception message (FastAPI's endpoint note), resolved the same way.
- :func:`rootcause.ingest.live.incident_from_exception`: an incident from a live exception.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rootcause.model import Incident, ParseResult

if TYPE_CHECKING:
    from rootcause.workspace import Workspace

__all__ = ["parse_file", "parse_lines", "parse_text"]


def parse_lines(
    lines: Iterable[str], *, repo: str | Path | Workspace | None = None, warnings: Iterable[str] = ()
) -> ParseResult:
    """Every incident in ``lines`` (an iterable of text lines, newlines optional)."""
    from rootcause.ingest.detector import TracebackDetector

    detector = TracebackDetector()
    incidents: list[Incident] = []
    feed = detector.feed
    for line in lines:
        found = feed(line)
        if found:
            incidents.extend(found)
    incidents.extend(detector.flush())
    return _finish(incidents, list(warnings), repo)


def parse_text(text: str, *, repo: str | Path | Workspace | None = None) -> ParseResult:
    """Every traceback found in ``text``; frames resolved against ``repo`` when given."""
    from rootcause.ingest.jsondoc import parse_json_document

    document = parse_json_document(text)
    if document is not None:
        return _finish(list(document), [], repo)
    from rootcause.ingest.detector import TracebackDetector

    detector = TracebackDetector()
    incidents = detector.feed_block(text)
    incidents.extend(detector.flush())
    return _finish(incidents, [], repo)


def parse_file(path: str, *, repo: str | Path | Workspace | None = None) -> ParseResult:
    """Every traceback in the file at ``path`` (``-`` reads stdin), streamed in bounded memory.

    Raises :class:`rootcause.errors.UserError` when the file cannot be read or holds binary data.
    """
    from rootcause.ingest.reader import read_incidents

    incidents, warnings = read_incidents(path)
    return _finish(incidents, warnings, repo)


def _finish(incidents: list[Incident], warnings: list[str], repo: str | Path | Workspace | None) -> ParseResult:
    if repo is not None and incidents:
        from rootcause.ingest.paths import resolve_incident
        from rootcause.workspace import Workspace

        # a Workspace given by the caller shares its one file listing with the index
        workspace = repo if isinstance(repo, Workspace) else Workspace(Path(repo))
        incidents = [resolve_incident(incident, workspace) for incident in incidents]
    return ParseResult(incidents=tuple(incidents), warnings=tuple(warnings))
