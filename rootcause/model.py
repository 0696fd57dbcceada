"""The small immutable types passed between pipeline stages.

ingest  -> Incident (ExceptionInfo, Frame)
analyze -> Report (Candidate, Evidence, ContextSnippet)

Everything here is a frozen dataclass: stages never mutate what they receive,
they build new values (``dataclasses.replace``). ``to_json`` helpers produce the
stable JSON shapes documented in the README; keep field names in sync with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Relation(StrEnum):
    """How an exception relates to the one printed before it."""

    CAUSE = "cause"  # "The above exception was the direct cause of the following exception:"
    CONTEXT = "context"  # "During handling of the above exception, another exception occurred:"
    GROUP = "group"  # a member of an ExceptionGroup printed above it


@dataclass(frozen=True, slots=True)
class Frame:
    """One stack frame as printed, plus where it lives in the repository."""

    path: str
    lineno: int
    function: str
    line: str | None = None
    # Caret information when the traceback printed it (0-based columns into `line`).
    col: int | None = None
    end_col: int | None = None
    in_app: bool = False
    repo_path: str | None = None  # POSIX, relative to the repo root
    repo_lineno: int | None = None  # the line in the repo's file after relocation

    @property
    def location(self) -> tuple[str, int] | None:
        """(repo_path, repo_lineno) when the frame maps to a repository file."""
        if self.repo_path is None:
            return None
        return self.repo_path, self.repo_lineno or self.lineno

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "lineno": self.lineno,
            "function": self.function,
            "line": self.line,
            "in_app": self.in_app,
            "repo_path": self.repo_path,
            "repo_lineno": self.repo_lineno,
        }


@dataclass(frozen=True, slots=True)
class ExceptionInfo:
    """One exception of an incident: qualified type, whole message, frames outermost first."""

    type: str
    message: str
    frames: tuple[Frame, ...] = ()
    relation: Relation | None = None
    # Nesting depth inside exception groups (0 = top level).
    group_depth: int = 0

    @property
    def short_type(self) -> str:
        """The unqualified class name: ``sqlalchemy.exc.MissingGreenlet`` -> ``MissingGreenlet``."""
        return self.type.rsplit(".", 1)[-1]

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "message": self.message,
            "relation": self.relation.value if self.relation else None,
            "frames": [f.to_json() for f in self.frames],
        }


@dataclass(frozen=True, slots=True)
class Incident:
    """One traceback found in the input, with every exception it printed in printed order."""

    format: str  # python | pytest | uvicorn | logging | structlog | sentry | ipython | django | ...
    exceptions: tuple[ExceptionInfo, ...]
    warnings: tuple[str, ...] = ()
    # 1-based line span of the incident in the input text, when it came from text.
    start_line: int | None = None
    end_line: int | None = None

    @property
    def primary(self) -> ExceptionInfo:
        """The exception that finally propagated: the last top-level one printed that has frames.

        Exception-group members (group_depth > 0, with their own chains) are skipped: the
        group that holds them is what propagated. Falls back to the last top-level exception
        when none printed frames.
        """
        top_level = [exc for exc in self.exceptions if exc.group_depth == 0] or list(self.exceptions)
        for exc in reversed(top_level):
            if exc.frames and exc.relation is not Relation.GROUP:
                return exc
        return top_level[-1]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "exceptions": [e.to_json() for e in self.exceptions],
        }


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What ingest returns for one input: every incident found, and warnings about the input."""

    incidents: tuple[Incident, ...]
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "incidents": [i.to_json() for i in self.incidents],
            "warnings": list(self.warnings) + [w for i in self.incidents for w in i.warnings],
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """One step of a candidate's evidence chain: a place in the repo and why it matters."""

    file: str
    line: int
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "note": self.note}


class CandidateKind(StrEnum):
    """Where a candidate sits in the causal story; ranking orders kinds in this sequence."""

    ORIGIN = "origin"  # where the bad value / wrong state was produced
    SYMPTOM = "symptom"  # the unguarded use at the crash site
    CONTRIBUTING = "contributing"  # model, migration, config, caller that made it possible


@dataclass(frozen=True, slots=True)
class Candidate:
    """A ranked place that made the program crash, with the facts that led to it."""

    file: str
    line: int
    end_line: int
    function: str
    rule: str
    title: str
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    fix: str | None = None
    kind: CandidateKind = CandidateKind.ORIGIN
    confidence: float = 0.5  # the rule's confidence in 0..1, before ranking
    score: float = 0.0  # the final score in 0..1, set by ranking
    rank: int = 0
    source: str = "offline"  # offline | llm

    def to_json(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "file": self.file,
            "line": self.line,
            "end_line": self.end_line,
            "function": self.function,
            "score": round(self.score, 4),
            "rule": self.rule,
            "title": self.title,
            "explanation": self.explanation,
            "evidence": [e.to_json() for e in self.evidence],
            "fix": self.fix,
        }


@dataclass(frozen=True, slots=True)
class ContextSnippet:
    """A span of repository code the explanation needs (also what an LLM would be shown)."""

    file: str
    start_line: int
    end_line: int
    reason: str
    priority: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Usage:
    """LLM cost visibility."""

    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The analysis of one incident."""

    incident: Incident
    candidates: tuple[Candidate, ...]
    context: tuple[ContextSnippet, ...] = ()
    engine: str = "offline"
    warnings: tuple[str, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)
    usage: Usage | None = None
    summary: str | None = None  # the LLM engine's short account of the crash, when it ran

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "incident": self.incident.to_json(),
            "candidates": [c.to_json() for c in self.candidates],
            "context": [c.to_json() for c in self.context],
            "engine": self.engine,
            "warnings": list(self.warnings),
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }
        if self.summary:
            data["summary"] = self.summary
        if self.usage is not None:
            data["usage"] = self.usage.to_json()
        return data
