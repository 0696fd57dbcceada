"""``rootcause eval`` end to end with an injected analyzer: formats, gate, settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_helpers import CaseFactory

from rootcause.config import Settings
from rootcause.errors import UserError
from rootcause.evaluation import runner
from rootcause.evaluation.cases import Case
from rootcause.evaluation.command import build_settings, eval_command
from rootcause.evaluation.gate import check_gate, load_thresholds
from rootcause.evaluation.metrics import summarize
from rootcause.evaluation.runner import CaseOutput, Prediction, Snippet, TokenUsage


def analyzer_right_on_alpha(case: Case, settings: Settings) -> CaseOutput:
    """Ranks the gold first on category alpha, second on the others."""
    gold = case.gold[0]
    right = Prediction(
        gold.file, gold.start_line, gold.end_line, gold.function, title="value is None"
    )
    wrong = Prediction("app/other.py", 1, 1, "other", rule="RC999")
    candidates = (right,) if case.category == "alpha" else (wrong, right)
    return CaseOutput(
        candidates=candidates,
        context=(Snippet(gold.file, 1, 100),),
        baseline=wrong,
        usage=TokenUsage("tiny", 10, 2) if settings.resolved_engine == "llm" else None,
        engine=settings.resolved_engine,
    )


@pytest.fixture
def cases_dir(make_case: CaseFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_case("alpha-one", category="alpha")
    make_case("alpha-two", category="alpha")
    make_case("beta-one", category="beta", control=True)
    monkeypatch.setattr(runner, "pipeline_analyzer", analyzer_right_on_alpha)
    return tmp_path / "cases"


def _run(dirs: list[Path], fmt: str = "json", gate: Path | None = None, **kw: object) -> int:
    options: dict[str, object] = {
        "engine": "offline",
        "output_format": fmt,
        "jobs": 1,
        "model": None,
        "gate": gate,
        "replay": None,
    }
    options.update(kw)
    return eval_command(dirs, **options)  # type: ignore[arg-type]


def test_json_report(cases_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run([cases_dir]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cases"] == 3
    assert data["engine"] == "offline"
    assert data["metrics"]["function"]["top1"] == pytest.approx(2 / 3, abs=1e-4)
    assert data["metrics"]["function"]["top3"] == 1.0
    assert data["metrics"]["context_recall"] == 1.0
    assert data["metrics"]["mention_rate"] == 1.0
    assert data["baseline"]["function"]["top5"] == 0.0
    assert set(data["by_category"]) == {"alpha", "beta"}
    assert [m["id"] for m in data["misses"]] == ["beta-one"]
    assert data["misses"][0]["ranked"][0]["function"] == "other"
    assert set(data["latency_ms"]) == {"p50", "p95"}
    assert data["usage"] is None


def test_single_case_dir_and_llm_usage(
    cases_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROOTCAUSE_CONFIG", str(cases_dir / "no-config.toml"))
    assert _run([cases_dir / "beta-one"], engine="llm", model="tiny") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cases"] == 1
    assert data["engine"] == "llm"
    assert data["usage"]["prompt_tokens"] == 10
    assert data["usage"]["models"] == ["tiny"]


def test_text_and_markdown_reports(cases_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run([cases_dir], fmt="text") == 0
    text = capsys.readouterr().out
    assert "3 cases, engine offline" in text
    assert "baseline (innermost in-app frame)" in text
    assert "Per category" in text and "alpha" in text and "beta" in text
    assert "beta-one" in text and "app/other.py:1 other [RC999]" in text
    assert "66.7%" in text
    assert _run([cases_dir], fmt="markdown") == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("# rootcause eval\n")
    assert "| function top-1 | 66.7% | 0.0% |" in markdown
    assert "| alpha | 2 | 100.0% | 100.0% |" in markdown
    assert "## Misses (1: gold function not ranked first)" in markdown
    assert "`beta-one`" in markdown


def test_gate_passes_and_fails(
    cases_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passing = tmp_path / "pass.json"
    passing.write_text(json.dumps({"_note": "x", "function": {"top1": 0.6, "top3": 1.0}}))
    assert _run([cases_dir], gate=passing) == 0
    assert "gate passed" in capsys.readouterr().err
    failing = tmp_path / "fail.json"
    failing.write_text(json.dumps({"function": {"top1": 0.7, "top3": 0.9}, "context_recall": 0.95}))
    assert _run([cases_dir], gate=failing) == 1
    err = capsys.readouterr().err
    assert "gate failed" in err
    assert "function.top1 = 0.6667 is below the threshold 0.7000" in err
    assert "top3" not in err and "context_recall" not in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"function": {"top1": 0.5}}', "missing required threshold(s): function.top3"),
        ('{"function": {"top1": 1.5, "top3": 0.5}}', "function.top1 must be a number in 0..1"),
        ('{"function": {"top1": 0.5, "top3": 0.5, "top2": 0.1}}', "unknown metric function.top2"),
        ('{"function": {"top1": 0.5, "top3": 0.5}, "speed": 1}', "unknown key 'speed'"),
        ('{"function": {"top1": true, "top3": 0.5}}', "must be a number"),
    ],
)
def test_bad_thresholds_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "thresholds.json"
    path.write_text(content)
    with pytest.raises(UserError) as info:
        load_thresholds(path)
    assert message in str(info.value)


def test_gate_file_checked_before_running(cases_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read thresholds"):
        _run([cases_dir], gate=tmp_path / "missing.json")


def test_gate_checks_optional_metrics(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(
        json.dumps({"function": {"top1": 0, "top3": 0}, "line": {"mrr": 0.9}, "mention_rate": 0.1})
    )
    from test_eval_metrics import case, pred, result

    summary = summarize([result(case(), (pred(file="x.py"),))], engine="offline")
    failures = check_gate(summary.metrics, load_thresholds(path))
    assert failures == [
        "line.mrr = 0.0000 is below the threshold 0.9000",
        "mention_rate = 0.0000 is below the threshold 0.1000",
    ]


def test_no_cases_and_missing_dir(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="no eval cases"):
        _run([tmp_path / "empty"])
    with pytest.raises(UserError, match="no such folder"):
        _run([tmp_path / "nowhere"])


def test_settings_for_engines(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ROOTCAUSE_CONFIG", str(tmp_path / "no-config.toml"))
    for var in ("ROOTCAUSE_MODEL", "ROOTCAUSE_ENGINE", "ROOTCAUSE_BUDGET_TOKENS"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ROOTCAUSE_BUDGET_TOKENS", "2345")
    offline = build_settings("offline", None, None)
    assert offline.resolved_engine == "offline"
    assert offline.budget_tokens == Settings().budget_tokens  # the offline eval ignores config
    with pytest.raises(UserError, match="needs a model"):
        build_settings("llm", None, None)
    assert build_settings("auto", None, None).resolved_engine == "offline"
    monkeypatch.setenv("ROOTCAUSE_MODEL", "env-model")
    llm = build_settings("llm", None, tmp_path / "replies")
    assert (llm.model, llm.budget_tokens, llm.replay_dir) == (
        "env-model",
        2345,
        tmp_path / "replies",
    )
    assert build_settings("llm", "flag-model", None).model == "flag-model"
    assert build_settings("auto", None, None).resolved_engine == "llm"
    with pytest.raises(UserError, match="unknown engine"):
        build_settings("magic", None, None)
    with pytest.raises(UserError, match="--replay"):
        build_settings("offline", None, tmp_path)
