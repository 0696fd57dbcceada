"""Fixtures for the LLM path tests (helpers live in llm_fakes.py)."""

from __future__ import annotations

from llm_fakes import billing_repo, fake_llm

__all__ = ["billing_repo", "fake_llm"]
