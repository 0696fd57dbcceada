"""``rootcause eval --engine llm`` against a local OpenAI-compatible server: token usage in the
report, replies recorded with --replay, then re-scored from the recording with no server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from eval_helpers import build_tiny_cases

PROMPT_TOKENS, COMPLETION_TOKENS = 700, 90


class _Server(ThreadingHTTPServer):
    requests_seen: int = 0


class _Handler(BaseHTTPRequestHandler):
    """Answers every chat completion by naming price_of as the origin."""

    server: _Server

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body: dict[str, Any] = json.loads(self.rfile.read(length) or b"{}")
        self.server.requests_seen += 1
        reply = {
            "summary": "price_of returns None for an unknown product",
            "candidates": [
                {
                    "file": "app/store.py",
                    "line": 5,
                    "end_line": 5,
                    "function": "price_of",
                    "kind": "origin",
                    "title": "price_of returns None for names missing from PRICES",
                    "explanation": "PRICES.get returns None, and total multiplies it.",
                    "confidence": 0.9,
                    "evidence": [{"file": "app/store.py", "line": 5, "note": "dict.get"}],
                }
            ],
            "hypotheses": [],
        }
        data = json.dumps(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": 0,
                "model": body.get("model", "fake"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": json.dumps(reply)},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": PROMPT_TOKENS,
                    "completion_tokens": COMPLETION_TOKENS,
                    "total_tokens": PROMPT_TOKENS + COMPLETION_TOKENS,
                },
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


def _eval(cases: Path, replay: Path, env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "rootcause", "eval", str(cases), "--engine", "llm"),
            *("--model", "fake-model", "--replay", str(replay), "--format", "json", "--jobs", "2"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


@pytest.mark.slow
def test_llm_eval_reports_usage_and_replays(server: _Server, tmp_path: Path) -> None:
    cases = build_tiny_cases(tmp_path / "cases")
    replay = tmp_path / "replies"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ROOTCAUSE_", "OPENAI_"))}
    env.update(
        ROOTCAUSE_CONFIG=str(tmp_path / "no-config.toml"),
        OPENAI_API_KEY="sk-test-not-a-secret",
        OPENAI_BASE_URL=f"http://127.0.0.1:{server.server_address[1]}/v1",
    )
    recorded = _eval(cases, replay, env)
    assert server.requests_seen == 2
    assert recorded["engine"] == "llm"
    assert recorded["engines_used"] == {"llm": 2}
    assert recorded["usage"] == {
        "models": ["fake-model"],
        "prompt_tokens": 2 * PROMPT_TOKENS,
        "completion_tokens": 2 * COMPLETION_TOKENS,
        "total_tokens": 2 * (PROMPT_TOKENS + COMPLETION_TOKENS),
        "cases": 2,
    }
    per_case = {c["id"]: c for c in recorded["per_case"]}
    assert per_case["none-origin-price-lookup"]["ranks"]["function"] == 1
    assert any(replay.rglob("*")), "no reply was recorded"

    # re-scored from the recording: the server is gone, nothing is sent, same numbers
    server.shutdown()
    env["OPENAI_BASE_URL"] = "http://127.0.0.1:9/v1"
    env["ROOTCAUSE_REPLAY_ONLY"] = "1"
    replayed = _eval(cases, replay, env)
    assert server.requests_seen == 2
    assert replayed["metrics"] == recorded["metrics"]
    assert replayed["usage"] == recorded["usage"]
