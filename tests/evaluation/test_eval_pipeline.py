"""The runner on the real pipeline: two tiny cases whose tracebacks the test produces by running
their code, scored through the API and through the ``rootcause eval`` command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from eval_helpers import build_tiny_cases

from rootcause.evaluation.cases import load_cases
from rootcause.evaluation.metrics import summarize
from rootcause.evaluation.runner import run_cases


@pytest.fixture
def cases_root(tmp_path: Path) -> Path:
    return build_tiny_cases(tmp_path / "cases")


@pytest.mark.slow
def test_real_pipeline_scores_both_cases(cases_root: Path) -> None:
    results = run_cases(load_cases([cases_root]), jobs=1, progress=False)
    assert [r.error for r in results] == [None, None]
    by_id = {r.case.id: r for r in results}

    control = by_id["key-shape-config-host"].output
    assert control is not None and control.candidates
    assert control.baseline is not None
    assert (control.baseline.file, control.baseline.line, control.baseline.function) == (
        "app/config.py",
        2,
        "load_settings",
    )
    assert "KeyError" in control.baseline.title

    elsewhere = by_id["none-origin-price-lookup"].output
    assert elsewhere is not None and elsewhere.baseline is not None
    assert (elsewhere.baseline.file, elsewhere.baseline.function) == ("app/store.py", "total")
    # the baseline's context is the code of the in-app frames' functions
    assert any(
        s.file == "app/store.py" and s.start_line <= 11 <= s.end_line
        for s in elsewhere.baseline_context
    )

    summary = summarize(results, engine="offline")
    scores = {s.case_id: s for s in summary.scores}
    assert scores["key-shape-config-host"].baseline.ranks["function"] == 1
    assert scores["none-origin-price-lookup"].baseline.ranks["function"] is None
    # the crash site of a control case is somewhere in the analyzer's top 5
    assert scores["key-shape-config-host"].ours.ranks["file"] is not None
    assert all(r.latency_ms > 0 for r in results)


@pytest.mark.slow
def test_cli_eval_json_in_parallel_and_gate(cases_root: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "rootcause", "eval", str(cases_root), "--jobs", "2"]
    proc = subprocess.run(
        [*command, "--format", "json"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["cases"] == 2
    assert data["errors"] == []
    assert data["baseline"]["function"]["top1"] == 0.5
    assert set(data["by_category"]) == {"key-shape", "none-origin"}
    assert data["latency_ms"]["p50"] > 0

    impossible = tmp_path / "thresholds.json"
    impossible.write_text(
        json.dumps({"function": {"top1": 1.0, "top3": 1.0}, "file": {"top5": 1.0}})
    )
    gated = subprocess.run(
        [*command, "--format", "markdown", "--gate", str(impossible)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert gated.stdout.startswith("# rootcause eval")
    top1 = data["metrics"]["function"]["top1"]
    if top1 < 1.0:
        assert gated.returncode == 1
        assert "gate failed" in gated.stderr and "function.top1" in gated.stderr
    else:
        assert gated.returncode == 0


@pytest.mark.slow
def test_cli_reports_malformed_cases_in_one_line_each(cases_root: Path) -> None:
    (cases_root / "none-origin-price-lookup" / "expected.json").write_text('{"id": 3}')
    proc = subprocess.run(
        [sys.executable, "-m", "rootcause", "eval", str(cases_root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("rootcause: error: 1 malformed eval case:")
    assert "Traceback" not in proc.stderr
