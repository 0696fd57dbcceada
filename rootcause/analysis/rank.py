"""Combine the rules' candidates into one ranked list with scores in 0..1.

See docs/scoring.md. In short::

    score = confidence x kind_weight x proximity  (+ a git recency bonus)

* ``confidence``: the rule's own certainty that this place explains the crash (0..1);
* ``kind_weight``: origin 1.0, symptom 0.85, contributing 0.7, so that, at equal
  confidence, where the bad value was made ranks above where it was used, and both above
  places that merely allowed it;
* ``proximity``: 1.0 for places on the stack or reached by tracing the value, decaying
  with graph distance (personalized PageRank seeded by the frames, when an index is
  available) down to 0.85 for places only linked by name;
* git: when the repo is a git checkout, a candidate whose lines changed more recently than
  the rest of its file gets ``+0.15 x (1 - score)`` and the commit is named in its evidence.

Candidates pointing at the same function and overlapping lines are merged (best kind and
confidence kept, evidence united).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rootcause.model import Candidate, CandidateKind, Evidence

KIND_WEIGHT: dict[CandidateKind, float] = {
    CandidateKind.ORIGIN: 1.0,
    CandidateKind.SYMPTOM: 0.85,
    CandidateKind.CONTRIBUTING: 0.7,
}
KIND_ORDER: dict[CandidateKind, int] = {
    CandidateKind.ORIGIN: 0,
    CandidateKind.SYMPTOM: 1,
    CandidateKind.CONTRIBUTING: 2,
}
GIT_BONUS = 0.15
MIN_PROXIMITY = 0.85
#: Total wall-clock budget for ``git blame`` calls in one analysis.
GIT_BUDGET_S = 1.5
MAX_EVIDENCE = 14


def merge_candidates(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Merge candidates on the same function whose lines overlap, or that play the same part.

    One function is shown once per kind: several producers of the bad value inside one
    function become one candidate (the most confident one) with the others' evidence.
    """
    merged: list[Candidate] = []
    for cand in candidates:
        for i, other in enumerate(merged):
            if other.file != cand.file or other.function != cand.function:
                continue
            overlap = not (cand.line > other.end_line or other.line > cand.end_line)
            if not overlap and (other.kind is not cand.kind or other.function == "<module>"):
                continue
            merged[i] = _merge(other, cand)
            break
        else:
            merged.append(cand)
    return merged


def _better(a: Candidate, b: Candidate) -> bool:
    return (a.confidence * KIND_WEIGHT[a.kind], -KIND_ORDER[a.kind]) >= (
        b.confidence * KIND_WEIGHT[b.kind],
        -KIND_ORDER[b.kind],
    )


def _merge(a: Candidate, b: Candidate) -> Candidate:
    keep, other = (a, b) if _better(a, b) else (b, a)
    evidence = list(keep.evidence)
    seen = {(e.file, e.line, e.note) for e in evidence}
    for ev in other.evidence:
        if (ev.file, ev.line, ev.note) not in seen and len(evidence) < MAX_EVIDENCE:
            seen.add((ev.file, ev.line, ev.note))
            evidence.append(ev)
    # Two independent rules agreeing on a place is itself evidence.
    bonus = 0.05 if other.rule != keep.rule else 0.0
    overlap = not (a.line > b.end_line or b.line > a.end_line)
    same = keep.kind is other.kind and overlap
    return replace(
        keep,
        line=min(keep.line, other.line) if same else keep.line,
        end_line=max(keep.end_line, other.end_line) if same else keep.end_line,
        evidence=tuple(evidence),
        confidence=min(1.0, max(keep.confidence, other.confidence) + bonus),
        fix=keep.fix or other.fix,
    )


@dataclass(frozen=True)
class Blame:
    commit: str
    summary: str
    time: int


def _git_root(root: Path) -> bool:
    return (root / ".git").exists()


def _blame_file(root: Path, rel: str, deadline: float) -> list[Blame] | None:
    remaining = deadline - time.monotonic()
    if remaining <= 0.05:
        return None
    try:
        proc = subprocess.run(
            # Static only: the analysed repo's own git config must not make us run its code.
            # Blaming HEAD (not the work tree) skips clean filters; --no-textconv skips textconv
            # drivers; core.fsmonitor=false skips an fsmonitor hook.
            [
                "git",
                "-c",
                "core.fsmonitor=false",
                "-C",
                str(root),
                "blame",
                "--porcelain",
                "--no-textconv",
                "HEAD",
                "--",
                rel,
            ],
            capture_output=True,
            text=True,
            timeout=remaining,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    lines: list[Blame] = []
    info: dict[str, tuple[str, int]] = {}
    current = ""
    summary = ""
    when = 0
    for row in proc.stdout.splitlines():
        if row.startswith("\t"):
            cached = info.get(current)
            if cached is None:
                info[current] = (summary, when)
                cached = (summary, when)
            lines.append(Blame(current, cached[0], cached[1]))
            continue
        parts = row.split(" ")
        if (
            len(parts) >= 3
            and len(parts[0]) == 40
            and all(c in "0123456789abcdef" for c in parts[0])
        ):
            current = parts[0]
            summary, when = info.get(current, ("", 0))
        elif row.startswith("summary "):
            summary = row[8:]
        elif row.startswith("committer-time "):
            try:
                when = int(row.split(" ", 1)[1])
            except ValueError:
                when = 0
    return lines


def git_recency(root: Path, candidates: Sequence[Candidate]) -> dict[int, Evidence]:
    """For candidates whose lines changed more recently than most of their file: the commit.

    Returns ``{candidate index: evidence naming the commit}``. No entry when the repo is not a
    git checkout, git is missing, time runs out, or the whole file is from one commit.
    """
    if not candidates or not _git_root(root):
        return {}
    deadline = time.monotonic() + GIT_BUDGET_S
    blames: dict[str, list[Blame] | None] = {}
    found: dict[int, Evidence] = {}
    for i, cand in enumerate(candidates[:8]):
        if cand.file not in blames:
            blames[cand.file] = _blame_file(root, cand.file, deadline)
        lines = blames[cand.file]
        if not lines:
            continue
        commits = {b.commit for b in lines}
        if len(commits) < 2:
            continue
        span = lines[max(0, cand.line - 1) : min(len(lines), cand.end_line)]
        if not span:
            continue
        newest = max(span, key=lambda b: b.time)
        if newest.commit.startswith("0000000"):
            continue  # uncommitted changes: nothing to name
        times = sorted(b.time for b in lines)
        median = times[len(times) // 2]
        outside = [b.time for j, b in enumerate(lines) if not (cand.line - 1 <= j < cand.end_line)]
        if newest.time > median and (not outside or newest.time >= max(outside)):
            found[i] = Evidence(
                cand.file,
                cand.line,
                f"changed recently by commit {newest.commit[:10]} ({newest.summary[:60]}), newer than the rest of the file",
            )
    return found


def rank_candidates(
    candidates: Iterable[Candidate],
    *,
    proximity: dict[tuple[str, str], float] | None = None,
    repo_root: Path | None = None,
    top: int | None = None,
) -> list[Candidate]:
    """Merge, score and order candidates; ``rank`` starts at 1."""
    merged = merge_candidates(candidates)
    prox = proximity or {}
    scored: list[Candidate] = []
    for cand in merged:
        near = prox.get((cand.file, cand.function), MIN_PROXIMITY if prox else 1.0)
        near = max(MIN_PROXIMITY, min(1.0, near))
        score = cand.confidence * KIND_WEIGHT[cand.kind] * near
        scored.append(replace(cand, score=max(0.0, min(1.0, score))))
    scored.sort(key=lambda c: (-c.score, KIND_ORDER[c.kind], c.file, c.line))
    if repo_root is not None:
        recent = git_recency(repo_root, scored)
        if recent:
            updated = list(scored)
            for i, ev in recent.items():
                cand = updated[i]
                updated[i] = replace(
                    cand,
                    score=min(1.0, cand.score + GIT_BONUS * (1.0 - cand.score)),
                    evidence=(*cand.evidence, ev),
                )
            scored = sorted(updated, key=lambda c: (-c.score, KIND_ORDER[c.kind], c.file, c.line))
    if top is not None:
        scored = scored[:top]
    return [replace(c, rank=i + 1) for i, c in enumerate(scored)]
