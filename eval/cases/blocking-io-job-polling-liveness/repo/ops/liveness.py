"""Liveness probe used by the orchestrator: exits non-zero if /healthz does not answer in time.

Usage: python -m ops.liveness http://127.0.0.1:8000 [--timeout 1.0]
"""

from __future__ import annotations

import argparse

import httpx


def probe(base_url: str, timeout: float) -> None:
    resp = httpx.get(f"{base_url}/healthz", timeout=timeout)
    resp.raise_for_status()
    print(f"healthy: {resp.json()}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("--timeout", type=float, default=1.0)
    args = parser.parse_args()
    probe(args.base_url, args.timeout)
