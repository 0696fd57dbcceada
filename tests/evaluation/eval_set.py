"""The committed eval sets, for the tests that check every case.

``case_dirs()`` is eval/cases (whose repros CI re-runs); ``all_case_dirs()`` adds the
held-out and blind sets (eval/holdout, eval/blind*), whose format is checked too.
"""

from __future__ import annotations

from pathlib import Path

from rootcause.evaluation.cases import Case, iter_case_dirs
from rootcause.evaluation.runner import crash_frame
from rootcause.ingest import parse_text
from rootcause.model import Incident

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CASES_ROOT = PROJECT_ROOT / "eval" / "cases"


def case_dirs() -> list[Path]:
    """Every case folder of the set, sorted (empty when the set is missing)."""
    if not CASES_ROOT.is_dir():
        return []
    return sorted(iter_case_dirs(CASES_ROOT))


def all_case_dirs() -> list[Path]:
    """Every case folder of every committed set under eval/, sorted."""
    found: list[Path] = []
    for root in sorted((PROJECT_ROOT / "eval").iterdir()):
        if root.is_dir() and (root == CASES_ROOT or root.name.startswith(("holdout", "blind"))):
            found.extend(iter_case_dirs(root))
    return sorted(found)


def last_incident(text: str, repo: Path) -> Incident | None:
    """The incident ``rootcause analyze`` would analyse: the last one of the text."""
    parsed = parse_text(text, repo=repo)
    return parsed.incidents[-1] if parsed.incidents else None


def crash_signature(case: Case, text: str) -> tuple[str, str, str] | None:
    """(exception type, repo path, function) of the crash in ``text``; None if unparsed."""
    incident = last_incident(text, case.repo)
    if incident is None:
        return None
    frame = crash_frame(incident)
    if frame is None or frame.repo_path is None:
        return (incident.primary.type, "", "")
    return (incident.primary.type, frame.repo_path, frame.function)
