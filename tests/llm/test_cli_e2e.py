"""End to end: ``rootcause analyze --engine llm`` on the bundled example, against the fake server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from llm_fakes import FakeLLM, Reply

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "billing"
TRACEBACK = EXAMPLE / "traceback.txt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not TRACEBACK.is_file(), reason="the bundled example is not there yet"),
]


def echo_first_hypothesis(body: dict[str, Any]) -> Reply:
    """A model that confirms H1 at the location the prompt gives for it."""
    user = body["messages"][1]["content"]
    match = re.search(r"^H1 \[\w+\] (\S+):(\d+)", user, flags=re.M)
    assert match, "no hypothesis in the prompt"
    file, line = match.group(1), int(match.group(2))
    reply = {
        "summary": "confirmed",
        "candidates": [
            {
                "file": file,
                "line": line,
                "title": "confirmed origin",
                "confidence": 0.95,
                "evidence": [{"file": file, "line": line, "note": "returns None"}],
            },
            {"file": "/etc/passwd", "line": 1, "title": "injected", "confidence": 1.0},
        ],
        "hypotheses": [{"id": "H1", "verdict": "confirmed", "confidence": 0.95, "reason": "seen"}],
    }
    return Reply(json.dumps(reply), usage=(4321, 321))


def _run(fake: FakeLLM, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ROOTCAUSE_"))}
    env.update(
        OPENAI_BASE_URL=fake.url,
        OPENAI_API_KEY="sk-test",
        ROOTCAUSE_CONFIG=str(tmp_path / "none.toml"),
        ROOTCAUSE_TIMEOUT_S="10",
    )
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "rootcause",
            "analyze",
            str(TRACEBACK),
            "--repo",
            str(EXAMPLE),
            "--engine",
            "llm",
            "--model",
            "x",
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )


def test_analyze_with_llm_engine(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.responder = echo_first_hypothesis
    proc = _run(fake_llm, tmp_path, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["engine"] == "llm", report["warnings"]
    assert report["summary"] == "confirmed"
    assert report["usage"] == {"model": "x", "prompt_tokens": 4321, "completion_tokens": 321}
    assert len(fake_llm.received) == 1
    top = report["candidates"][0]
    assert top["file"] == "app/repositories/users.py"
    assert all(not c["file"].startswith("/") for c in report["candidates"])
    assert any("dropped a model candidate" in w for w in report["warnings"])
    assert any(c["file"] == top["file"] for c in report["context"])  # gold in what was sent
    sent = fake_llm.received[0].messages[1]["content"]
    assert 'file="app/repositories/users.py"' in sent


def test_show_prompt_sends_nothing(fake_llm: FakeLLM, tmp_path: Path) -> None:
    proc = _run(fake_llm, tmp_path, "--show-prompt")
    assert proc.returncode == 0, proc.stderr
    assert fake_llm.received == []
    assert "=== system ===" in proc.stdout and "=== user ===" in proc.stdout
    assert 'file="app/repositories/users.py"' in proc.stdout
