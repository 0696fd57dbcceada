"""Turn a validated model reply into candidates, and merge them with the offline ranking.

Validation (nothing the model says is trusted):

* a candidate's file must be a repository file, checked through :class:`Workspace`
  (relative POSIX path; an absolute path is accepted only when it resolves inside the
  root; ``..`` escapes, symlinks out of the root and missing files are dropped, with a
  warning);
* its line must exist in that file (``end_line`` is clamped to the file); evidence steps
  that fail the same checks are dropped;
* the function name is recomputed from the file (enclosing ``def`` / ``class``), not
  taken from the model.

Merging (documented in docs/llm.md): every location gets two scores in 0..1,
``offline`` (the offline candidate's ranked score, or its rule confidence when unranked;
0 when the offline engine did not name it) and ``model`` (the model's confidence: from its
candidate at that location, or from its verdict on that hypothesis; a rejected hypothesis
counts 0; 0 when the model did not name it). The final score is their mean,
``(offline + model) / 2``: a place both engines name with confidence ranks above a place
only one names. Ties keep the offline order, then the model's. Locations match when the
files are equal and the line spans overlap, or the enclosing functions are equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from rootcause.llm.schema import AnalysisReply, ReplyCandidate, ReplyEvidence
from rootcause.model import Candidate, CandidateKind, Evidence
from rootcause.workspace import Workspace

LLM_RULE = "LLM"
MAX_TEXT = 2000

_DEF = re.compile(r"^(?P<indent>[ \t]*)(?:async[ \t]+)?(?:def|class)[ \t]+(?P<name>\w+)")


def enclosing_function(lines: list[str], line: int) -> str:
    """Qualified name of the def/class around ``line`` (1-based), ``<module>`` if none."""
    if not 1 <= line <= len(lines):
        return "<module>"
    index = line - 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines):
        return "<module>"
    target = lines[index]
    match = _DEF.match(target)
    names: list[str] = []
    indent = len(target) - len(target.lstrip())
    if match:
        names.append(match.group("name"))
    for text in reversed(lines[:index]):
        stripped = text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        level = len(text) - len(text.lstrip())
        if level >= indent:
            continue
        found = _DEF.match(text)
        if found:
            names.append(found.group("name"))
        indent = level
        if level == 0:
            break
    return ".".join(reversed(names)) if names else "<module>"


@dataclass(frozen=True, slots=True)
class _Location:
    file: str
    line: int
    end_line: int


class ReplyMapper:
    """Validates locations named by the model against the repository."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.warnings: list[str] = []

    def repo_file(self, path: str) -> str | None:
        """The repository-relative path the model meant, or None when it is not a repo file."""
        text = path.strip().strip("`'\"").replace("\\", "/")
        if not text or "\x00" in text:
            return None
        if PurePosixPath(text).is_absolute():
            rel = self.workspace.relative(text)
            if rel is None:
                return None
            text = rel
        while text.startswith("./"):
            text = text[2:]
        if any(part == ".." for part in PurePosixPath(text).parts):
            return None
        if self.workspace.safe_path(text) is None:
            return None
        return text

    def location(self, file: str, line: int, end_line: int | None) -> _Location | None:
        rel = self.repo_file(file)
        if rel is None:
            return None
        count = len(self.workspace.read_lines(rel))
        if not 1 <= line <= count:
            return None
        end = line if end_line is None or end_line < line else min(end_line, count)
        return _Location(rel, line, end)

    def evidence(self, items: list[ReplyEvidence]) -> tuple[Evidence, ...]:
        out: list[Evidence] = []
        for item in items[:10]:
            loc = self.location(item.file, item.line, None)
            if loc is not None:
                out.append(Evidence(loc.file, loc.line, clean_text(item.note, 400)))
        return tuple(out)

    def candidate(self, item: ReplyCandidate) -> Candidate | None:
        loc = self.location(item.file, item.line, item.end_line)
        if loc is None:
            reason = (
                "is not a file in the repository"
                if self.repo_file(item.file) is None
                else f"has no line {item.line}"
            )
            self.warnings.append(
                f"dropped a model candidate: {clean_text(item.file, 120)!r} {reason}"
            )
            return None
        lines = self.workspace.read_lines(loc.file)
        evidence = self.evidence(item.evidence)
        if not evidence:
            evidence = (Evidence(loc.file, loc.line, "named by the model (no checkable evidence)"),)
        return Candidate(
            file=loc.file,
            line=loc.line,
            end_line=loc.end_line,
            function=enclosing_function(lines, loc.line),
            rule=LLM_RULE,
            title=clean_text(item.title, 200),
            explanation=clean_text(item.explanation, MAX_TEXT),
            evidence=evidence,
            fix=clean_text(item.fix, MAX_TEXT) if item.fix else None,
            kind=CandidateKind(item.kind),
            confidence=item.confidence,
            source="llm",
        )


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str, limit: int) -> str:
    """Model text made safe to print (no terminal control characters) and bounded."""
    text = _CONTROL.sub("", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _same_place(a: Candidate, b: Candidate) -> bool:
    if a.file != b.file:
        return False
    if a.line <= b.end_line and b.line <= a.end_line:
        return True
    return a.function == b.function and a.function != "<module>"


def _offline_score(candidate: Candidate) -> float:
    return candidate.score if candidate.score > 0 else candidate.confidence


def merge(
    offline: tuple[Candidate, ...],
    reply: AnalysisReply,
    hypotheses: dict[str, Candidate],
    workspace: Workspace,
) -> tuple[tuple[Candidate, ...], list[str]]:
    """The merged, re-ranked candidates and the warnings produced while validating."""
    mapper = ReplyMapper(workspace)
    model_only: list[tuple[Candidate, float]] = []
    # Per offline candidate (by position): model score, notes to append, extra evidence.
    model_score: dict[int, float] = {}
    notes: dict[int, list[str]] = {}
    extra_evidence: dict[int, list[Evidence]] = {}
    fixes: dict[int, str] = {}
    index_of = {id(c): i for i, c in enumerate(offline)}

    for verdict in reply.hypotheses:
        cand = hypotheses.get(verdict.id.strip().upper())
        if cand is None or id(cand) not in index_of:
            continue
        i = index_of[id(cand)]
        score = 0.0 if verdict.verdict == "rejected" else verdict.confidence
        model_score[i] = max(model_score.get(i, 0.0), score)
        if verdict.reason:
            label = {"confirmed": "confirmed", "rejected": "rejected", "uncertain": "was unsure of"}
            notes.setdefault(i, []).append(
                f"The model {label[verdict.verdict]} this: {clean_text(verdict.reason, 600)}"
            )

    for item in reply.candidates[:8]:
        mapped = mapper.candidate(item)
        if mapped is None:
            continue
        match = next((i for i, c in enumerate(offline) if _same_place(c, mapped)), None)
        if match is None and item.hypothesis:
            linked = hypotheses.get(item.hypothesis.strip().upper())
            if linked is not None and linked.file == mapped.file and id(linked) in index_of:
                match = index_of[id(linked)]
        if match is None:
            if not any(_same_place(m, mapped) for m, _ in model_only):
                model_only.append((mapped, mapped.confidence))
            continue
        model_score[match] = max(model_score.get(match, 0.0), mapped.confidence)
        if mapped.explanation:
            notes.setdefault(match, []).append(f"Model: {mapped.explanation}")
        extra_evidence.setdefault(match, []).extend(mapped.evidence)
        if mapped.fix:
            fixes[match] = mapped.fix

    scored: list[tuple[float, int, Candidate]] = []
    for i, cand in enumerate(offline):
        combined = (_offline_score(cand) + model_score.get(i, 0.0)) / 2
        named = i in model_score
        evidence = list(cand.evidence)
        for ev in extra_evidence.get(i, []):
            if not any(e.file == ev.file and e.line == ev.line for e in evidence):
                evidence.append(ev)
        explanation = "\n\n".join([cand.explanation, *notes.get(i, [])]).strip()
        merged = replace(
            cand,
            evidence=tuple(evidence),
            explanation=explanation,
            fix=cand.fix or fixes.get(i),
            source="offline+llm" if named and model_score[i] > 0 else cand.source,
        )
        scored.append((combined, i, merged))
    for j, (cand, confidence) in enumerate(model_only):
        scored.append((confidence / 2, len(offline) + j, cand))

    scored.sort(key=lambda t: (-t[0], t[1]))
    ranked = tuple(
        replace(c, score=round(score, 4), rank=rank)
        for rank, (score, _, c) in enumerate(scored, start=1)
    )
    return ranked, mapper.warnings
