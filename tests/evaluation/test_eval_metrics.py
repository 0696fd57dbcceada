"""Scoring: hits per level, ranks, aggregates, baseline, categories, misses, usage."""

from __future__ import annotations

from pathlib import Path

import pytest

from rootcause.evaluation.cases import Case, GoldLocation
from rootcause.evaluation.metrics import (
    aggregate,
    hits,
    mentions_all,
    percentile,
    rank_of,
    score_case,
    summarize,
)
from rootcause.evaluation.runner import (
    CaseOutput,
    CaseResult,
    Prediction,
    Snippet,
    TokenUsage,
)

GOLD = GoldLocation("app/repo.py", "UserRepo.get", 10, 12)


def pred(
    file: str = "app/repo.py", line: int = 10, function: str = "UserRepo.get", **kw: object
) -> Prediction:
    end_line = kw.pop("end_line", line)
    return Prediction(file=file, line=line, end_line=end_line, function=function, **kw)  # type: ignore[arg-type]


def case(
    case_id: str = "c",
    *,
    category: str = "none-origin",
    gold: tuple[GoldLocation, ...] = (GOLD,),
    must_mention: tuple[str, ...] = (),
    control: bool = False,
) -> Case:
    here = Path("/nonexistent") / case_id
    return Case(
        id=case_id,
        category=category,
        description="",
        gold=gold,
        must_mention=must_mention,
        control=control,
        case_dir=here,
        repo=here / "repo",
        traceback_path=here / "traceback.txt",
        repro=None,
    )


def result(
    c: Case,
    candidates: tuple[Prediction, ...] = (),
    *,
    context: tuple[Snippet, ...] = (),
    baseline: Prediction | None = None,
    baseline_context: tuple[Snippet, ...] = (),
    latency: float = 10.0,
    usage: TokenUsage | None = None,
    engine: str = "offline",
) -> CaseResult:
    return CaseResult(
        case=c,
        output=CaseOutput(
            candidates=candidates,
            context=context,
            baseline=baseline,
            baseline_context=baseline_context,
            usage=usage,
            engine=engine,
        ),
        latency_ms=latency,
    )


def test_hit_levels() -> None:
    exact = pred()
    assert hits("file", exact, GOLD) and hits("function", exact, GOLD) and hits("line", exact, GOLD)
    other_fn_same_file = pred(function="UserRepo.list", line=30)
    assert hits("file", other_fn_same_file, GOLD)
    assert not hits("function", other_fn_same_file, GOLD)
    assert not hits("line", other_fn_same_file, GOLD)
    # a range that overlaps the gold range hits at line level; touching its end counts
    assert hits("line", pred(line=5, end_line=10), GOLD)
    assert hits("line", pred(line=12, end_line=20), GOLD)
    assert not hits("line", pred(line=13, end_line=20), GOLD)
    assert not hits("line", pred(line=3, end_line=9), GOLD)
    # the same function in another file is not a hit at any level
    elsewhere = pred(file="app/other.py")
    assert not any(hits(level, elsewhere, GOLD) for level in ("file", "function", "line"))
    # paths and <locals> are normalised
    assert hits("function", pred(file="./app/repo.py"), GOLD)
    nested = GoldLocation("a.py", "outer.inner", 1, 2)
    assert hits("function", pred(file="a.py", function="outer.<locals>.inner"), nested)
    with pytest.raises(ValueError):
        hits("module", exact, GOLD)


def test_rank_is_first_hit_over_any_gold() -> None:
    second_gold = GoldLocation("migrations/0002.py", "upgrade", 20, 21)
    ranked = (
        pred(file="app/svc.py", function="f"),
        pred(file="migrations/0002.py", function="upgrade", line=21),
        pred(),
    )
    assert rank_of("function", ranked, (GOLD, second_gold)) == 2
    assert rank_of("function", ranked, (GOLD,)) == 3
    assert rank_of("function", ranked[:1], (GOLD,)) is None
    assert rank_of("file", (), (GOLD,)) is None


def test_aggregate_topk_and_mrr() -> None:
    ranked = [
        (pred(),),  # rank 1
        (pred(file="x.py"), pred(file="y.py"), pred()),  # rank 3
        (*(pred(file=f"{n}.py") for n in range(4)), pred()),  # rank 5
        (pred(file="x.py"),),  # miss
    ]
    scores = [score_case(result(case(f"c{i}"), cands)) for i, cands in enumerate(ranked)]
    agg = aggregate([s.ours for s in scores])
    assert agg.function.top1 == 0.25
    assert agg.function.top3 == 0.5
    assert agg.function.top5 == 0.75
    assert agg.function.mrr == pytest.approx((1 + 1 / 3 + 1 / 5) / 4, abs=1e-4)


def test_context_recall_and_mentions() -> None:
    c = case(must_mention=("None", "await"))
    covered = score_case(
        result(
            c,
            (pred(title="Returns NONE", explanation="x"), pred(fix="add an Await")),
            context=(Snippet("app/other.py", 1, 50), Snippet("app/repo.py", 12, 30)),
        )
    )
    assert covered.ours.context_hit is True
    assert covered.ours.mention_hit is True
    missed = score_case(
        result(
            c,
            (pred(title="None"), pred(), pred(), pred(explanation="await")),
            context=(Snippet("app/repo.py", 1, 9), Snippet("app/other.py", 10, 12)),
        )
    )
    assert missed.ours.context_hit is False
    # "await" only appears in the 4th candidate: only the top 3 count
    assert missed.ours.mention_hit is False
    assert score_case(result(case(), (pred(),))).ours.mention_hit is None
    assert mentions_all([pred(explanation="a B c")], ["b", "C"])


def test_mention_rate_counts_only_cases_with_terms() -> None:
    results = [
        result(case("a", must_mention=("none",)), (pred(title="None"),)),
        result(case("b", must_mention=("await",)), (pred(title="None"),)),
        result(case("c"), (pred(),)),
    ]
    summary = summarize(results, engine="offline")
    assert summary.metrics.mention_rate == 0.5
    assert summary.metrics.mention_cases == 2


def test_baseline_scored_on_the_same_metrics() -> None:
    crash = pred(
        file="app/service.py", function="Service.run", line=40, title="AttributeError: 'NoneType'"
    )
    res = result(
        case(must_mention=("nonetype",)),
        (pred(),),
        baseline=crash,
        baseline_context=(Snippet("app/service.py", 35, 45), Snippet("app/repo.py", 9, 14)),
    )
    score = score_case(res)
    assert score.ours.ranks == {"function": 1, "file": 1, "line": 1}
    assert score.baseline.ranks == {"function": None, "file": None, "line": None}
    assert score.baseline.context_hit is True
    assert score.baseline.mention_hit is True


def test_failed_case_is_a_miss_everywhere() -> None:
    failed = CaseResult(case=case("broken"), output=None, latency_ms=3.0, error="boom")
    ok = result(case("ok"), (pred(),), baseline=pred())
    summary = summarize([failed, ok], engine="offline")
    assert summary.metrics.function.top1 == 0.5
    assert summary.baseline.function.top1 == 0.5
    assert [s.case_id for s in summary.errors] == ["broken"]
    data = summary.to_json()
    assert data["errors"] == [{"id": "broken", "error": "boom"}]
    assert data["misses"][0]["id"] == "broken"
    assert data["misses"][0]["error"] == "boom"
    # failed cases do not enter the latency percentiles
    assert data["latency_ms"] == {"p50": 10.0, "p95": 10.0}


def test_percentile_interpolates() -> None:
    assert percentile([], 50) == 0.0
    assert percentile([5.0], 95) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([float(v) for v in range(1, 101)], 95) == pytest.approx(95.05, abs=0.1)


def test_summary_json_shape_categories_misses_usage() -> None:
    results = [
        result(case("a1", category="alpha"), (pred(),), latency=10, baseline=pred(function="x")),
        result(
            case("a2", category="alpha", control=True),
            (pred(file="wrong.py", function="nope", rule="RC1"), pred()),
            latency=30,
            baseline=pred(),
            usage=TokenUsage("m1", 100, 20),
            engine="llm",
        ),
        result(
            case("b1", category="beta"), (), latency=20, usage=TokenUsage("m2", 50, 5), engine="llm"
        ),
    ]
    data = summarize(results, engine="llm").to_json()
    assert data["cases"] == 3
    assert set(data["metrics"]) == {"function", "file", "line", "context_recall", "mention_rate"}
    assert set(data["metrics"]["function"]) == {"top1", "top3", "top5", "mrr"}
    assert set(data["baseline"]) == set(data["metrics"])
    assert data["metrics"]["function"]["top1"] == pytest.approx(1 / 3, abs=1e-4)
    assert data["metrics"]["function"]["top3"] == pytest.approx(2 / 3, abs=1e-4)
    assert data["baseline"]["function"]["top1"] == pytest.approx(1 / 3, abs=1e-4)
    assert data["latency_ms"] == {"p50": 20.0, "p95": 29.0}
    alpha = data["by_category"]["alpha"]
    assert alpha["cases"] == 2
    assert alpha["metrics"]["function"]["top1"] == 0.5
    assert alpha["baseline"]["function"]["top1"] == 0.5
    assert data["by_category"]["beta"]["metrics"]["function"]["top5"] == 0.0
    assert data["by_kind"]["control"]["cases"] == 1
    assert data["by_kind"]["cause elsewhere"]["cases"] == 2
    misses = {m["id"]: m for m in data["misses"]}
    assert set(misses) == {"a2", "b1"}
    assert misses["a2"]["rank"] == 2
    assert misses["a2"]["ranked"][0] == {
        "file": "wrong.py",
        "line": 10,
        "end_line": 10,
        "function": "nope",
        "rule": "RC1",
        "title": "",
    }
    assert misses["a2"]["gold"] == [
        {"file": "app/repo.py", "function": "UserRepo.get", "lines": [10, 12]}
    ]
    assert misses["b1"]["rank"] is None
    assert data["usage"] == {
        "models": ["m1", "m2"],
        "prompt_tokens": 150,
        "completion_tokens": 25,
        "total_tokens": 175,
        "cases": 2,
    }
    assert data["engines_used"] == {"offline": 1, "llm": 2}
    assert [c["id"] for c in data["per_case"]] == ["a1", "a2", "b1"]


def test_no_usage_when_no_llm() -> None:
    data = summarize([result(case(), (pred(),))], engine="offline").to_json()
    assert data["usage"] is None
