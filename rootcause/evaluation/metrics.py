"""Scores of an eval run: top-k and MRR at file, function and line level, and the rest.

Definitions (also in eval/README.md):

- A candidate *hits* a gold location at **file** level when it names the same file; at
  **function** level when it also names the same qualified function; at **line** level when
  its ``[line, end_line]`` overlaps the gold ``lines`` range in the same file.
- A case's *rank* at a level is the 1-based position of the first candidate hitting any of its
  gold locations (none = a miss). top-k = share of cases with rank <= k; MRR = mean of 1/rank
  (0 for a miss). A case whose analysis failed counts as a miss everywhere.
- **context recall**: share of cases where some context snippet overlaps a gold location.
- **mention rate**: share of the cases that have ``must_mention`` terms whose top-3 candidates'
  title/explanation/fix mention every term (case-insensitive).
- The **baseline** is scored the same way (see :func:`rootcause.evaluation.runner.naive_baseline`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from rootcause.evaluation.cases import GoldLocation
from rootcause.evaluation.runner import CaseResult, Prediction, Snippet

LEVELS: tuple[str, ...] = ("function", "file", "line")
TOP_KS: tuple[int, ...] = (1, 3, 5)
MENTION_TOP = 3


# -- matching ---------------------------------------------------------------------------------


def normalize_file(path: str) -> str:
    """``./app/x.py`` and ``app//x.py`` -> ``app/x.py``."""
    text = path.replace("\\", "/")
    while text.startswith("./"):
        text = text[2:]
    return PurePosixPath(text).as_posix()


def normalize_function(name: str) -> str:
    """Qualified names compare without ``<locals>`` parts: ``f.<locals>.g`` == ``f.g``."""
    return ".".join(part for part in name.strip().split(".") if part != "<locals>")


def hits(level: str, prediction: Prediction, gold: GoldLocation) -> bool:
    """Whether ``prediction`` hits ``gold`` at ``level`` (file, function or line)."""
    if normalize_file(prediction.file) != normalize_file(gold.file):
        return False
    if level == "file":
        return True
    if level == "function":
        return normalize_function(prediction.function) == normalize_function(gold.function)
    if level == "line":
        end = max(prediction.end_line, prediction.line)
        return prediction.line <= gold.end_line and end >= gold.start_line
    raise ValueError(f"unknown level {level!r}")


def rank_of(
    level: str, predictions: Sequence[Prediction], gold: Sequence[GoldLocation]
) -> int | None:
    """1-based rank of the first prediction hitting any gold location at ``level``."""
    for position, prediction in enumerate(predictions, start=1):
        if any(hits(level, prediction, g) for g in gold):
            return position
    return None


def context_covers(context: Iterable[Snippet], gold: Sequence[GoldLocation]) -> bool:
    """True when a snippet overlaps a gold location (same file, shared lines)."""
    return any(
        g.overlaps(normalize_file(s.file), s.start_line, s.end_line) for s in context for g in gold
    )


def mentions_all(predictions: Sequence[Prediction], terms: Sequence[str]) -> bool:
    """True when the top-3 predictions' text contains every term, case-insensitively."""
    text = "\n".join(p.text for p in predictions[:MENTION_TOP]).casefold()
    return all(term.casefold() in text for term in terms)


# -- per case ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one ranking did on one case."""

    ranks: dict[str, int | None]
    context_hit: bool
    mention_hit: bool | None  # None when the case has no must_mention terms


@dataclass(frozen=True, slots=True)
class CaseScore:
    result: CaseResult
    ours: Outcome
    baseline: Outcome

    @property
    def case_id(self) -> str:
        return self.result.case.id


def _outcome(
    predictions: Sequence[Prediction], context: Sequence[Snippet], result: CaseResult
) -> Outcome:
    case = result.case
    return Outcome(
        ranks={level: rank_of(level, predictions, case.gold) for level in LEVELS},
        context_hit=context_covers(context, case.gold),
        mention_hit=mentions_all(predictions, case.must_mention) if case.must_mention else None,
    )


def score_case(result: CaseResult) -> CaseScore:
    output = result.output
    if output is None:
        empty = _outcome((), (), result)
        return CaseScore(result, empty, empty)
    baseline = (output.baseline,) if output.baseline is not None else ()
    return CaseScore(
        result,
        _outcome(output.candidates, output.context, result),
        _outcome(baseline, output.baseline_context, result),
    )


# -- aggregates -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LevelScores:
    top1: float
    top3: float
    top5: float
    mrr: float

    def get(self, name: str) -> float:
        value: float = getattr(self, name)
        return value

    def to_json(self) -> dict[str, float]:
        return {"top1": self.top1, "top3": self.top3, "top5": self.top5, "mrr": self.mrr}


@dataclass(frozen=True, slots=True)
class Scores:
    function: LevelScores
    file: LevelScores
    line: LevelScores
    context_recall: float
    mention_rate: float
    mention_cases: int  # cases that have must_mention terms

    def level(self, name: str) -> LevelScores:
        value: LevelScores = getattr(self, name)
        return value

    def to_json(self) -> dict[str, Any]:
        return {
            "function": self.function.to_json(),
            "file": self.file.to_json(),
            "line": self.line.to_json(),
            "context_recall": self.context_recall,
            "mention_rate": self.mention_rate,
        }


def _ratio(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0


def _level_scores(ranks: Sequence[int | None]) -> LevelScores:
    total = len(ranks)

    def top(k: int) -> float:
        return _ratio(sum(1 for r in ranks if r is not None and r <= k), total)

    mrr = round(sum(1 / r for r in ranks if r is not None) / total, 4) if total else 0.0
    return LevelScores(top1=top(1), top3=top(3), top5=top(5), mrr=mrr)


def aggregate(outcomes: Sequence[Outcome]) -> Scores:
    """Scores over ``outcomes`` (one per case)."""
    levels = {level: _level_scores([o.ranks[level] for o in outcomes]) for level in LEVELS}
    mention = [o.mention_hit for o in outcomes if o.mention_hit is not None]
    return Scores(
        function=levels["function"],
        file=levels["file"],
        line=levels["line"],
        context_recall=_ratio(sum(o.context_hit for o in outcomes), len(outcomes)),
        mention_rate=_ratio(sum(mention), len(mention)),
        mention_cases=len(mention),
    )


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) with linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    value = ordered[low] + (ordered[high] - ordered[low]) * (position - low)
    return round(value, 1)


@dataclass(frozen=True, slots=True)
class GroupScores:
    cases: int
    metrics: Scores
    baseline: Scores

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "metrics": self.metrics.to_json(),
            "baseline": self.baseline.to_json(),
        }


def _group(scores: Sequence[CaseScore]) -> GroupScores:
    return GroupScores(
        cases=len(scores),
        metrics=aggregate([s.ours for s in scores]),
        baseline=aggregate([s.baseline for s in scores]),
    )


@dataclass(frozen=True, slots=True)
class UsageTotals:
    models: tuple[str, ...]
    prompt_tokens: int
    completion_tokens: int
    cases: int  # cases whose report carried usage

    def to_json(self) -> dict[str, Any]:
        return {
            "models": list(self.models),
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
            "cases": self.cases,
        }


@dataclass(frozen=True)
class EvalSummary:
    """Everything an eval report shows; ``to_json`` is the stable machine-readable shape."""

    engine: str
    scores: tuple[CaseScore, ...]
    metrics: Scores
    baseline: Scores
    latency_p50: float
    latency_p95: float
    by_category: dict[str, GroupScores]
    by_kind: dict[str, GroupScores]
    usage: UsageTotals | None
    engines_used: dict[str, int] = field(default_factory=dict)

    @property
    def cases(self) -> int:
        return len(self.scores)

    @property
    def misses(self) -> tuple[CaseScore, ...]:
        """Cases where the gold function is not ranked first."""
        return tuple(s for s in self.scores if s.ours.ranks["function"] != 1)

    @property
    def errors(self) -> tuple[CaseScore, ...]:
        return tuple(s for s in self.scores if s.result.error is not None)

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "engine": self.engine,
            "metrics": self.metrics.to_json(),
            "baseline": self.baseline.to_json(),
            "latency_ms": {"p50": self.latency_p50, "p95": self.latency_p95},
            "by_category": {name: g.to_json() for name, g in self.by_category.items()},
            "by_kind": {name: g.to_json() for name, g in self.by_kind.items()},
            "misses": [miss_json(s) for s in self.misses],
            "errors": [{"id": s.case_id, "error": s.result.error} for s in self.errors],
            "usage": self.usage.to_json() if self.usage else None,
            "engines_used": dict(self.engines_used),
            "per_case": [case_json(s) for s in self.scores],
        }


def miss_json(score: CaseScore) -> dict[str, Any]:
    result = score.result
    output = result.output
    return {
        "id": score.case_id,
        "category": result.case.category,
        "control": result.case.control,
        "rank": score.ours.ranks["function"],
        "gold": [g.to_json() for g in result.case.gold],
        "ranked": [p.to_json() for p in output.candidates[:3]] if output else [],
        "baseline": output.baseline.to_json() if output and output.baseline else None,
        "error": result.error,
    }


def case_json(score: CaseScore) -> dict[str, Any]:
    result = score.result
    return {
        "id": score.case_id,
        "category": result.case.category,
        "control": result.case.control,
        "ranks": dict(score.ours.ranks),
        "baseline_ranks": dict(score.baseline.ranks),
        "context_hit": score.ours.context_hit,
        "mention_hit": score.ours.mention_hit,
        "latency_ms": round(result.latency_ms, 1),
        "engine": result.output.engine if result.output else None,
        "error": result.error,
    }


def summarize(results: Sequence[CaseResult], *, engine: str) -> EvalSummary:
    """Score every result and aggregate overall, per category and per kind (control or not)."""
    scores = tuple(score_case(r) for r in results)
    categories: dict[str, list[CaseScore]] = {}
    for s in scores:
        categories.setdefault(s.result.case.category, []).append(s)
    kinds: dict[str, list[CaseScore]] = {}
    for s in scores:
        kinds.setdefault("control" if s.result.case.control else "cause elsewhere", []).append(s)
    usages = [r.output.usage for r in results if r.output is not None and r.output.usage]
    usage = None
    if usages:
        usage = UsageTotals(
            models=tuple(sorted({u.model for u in usages})),
            prompt_tokens=sum(u.prompt_tokens for u in usages),
            completion_tokens=sum(u.completion_tokens for u in usages),
            cases=len(usages),
        )
    engines_used: dict[str, int] = {}
    for r in results:
        if r.output is not None:
            engines_used[r.output.engine] = engines_used.get(r.output.engine, 0) + 1
    latencies = [r.latency_ms for r in results if r.error is None]
    return EvalSummary(
        engine=engine,
        scores=scores,
        metrics=aggregate([s.ours for s in scores]),
        baseline=aggregate([s.baseline for s in scores]),
        latency_p50=percentile(latencies, 50),
        latency_p95=percentile(latencies, 95),
        by_category={name: _group(group) for name, group in sorted(categories.items())},
        by_kind={name: _group(group) for name, group in sorted(kinds.items())},
        usage=usage,
        engines_used=engines_used,
    )
