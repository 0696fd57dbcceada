"""``rootcause analyze`` and ``rootcause rules``."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from rootcause.config import Settings
from rootcause.errors import UserError

FORMATS = ("text", "json", "markdown", "sarif", "quickfix")


def _settings(repo: Path, engine: str, model: str | None) -> Settings:
    """Flags over environment over config files (see :mod:`rootcause.config`)."""
    from rootcause.config import load_settings

    settings = load_settings(repo, engine=engine, model=model)
    if engine == "llm" and not settings.model:
        raise UserError(
            "--engine llm needs a model: pass --model NAME or set ROOTCAUSE_MODEL "
            "(see docs/llm.md)"
        )
    for warning in settings.warnings:
        print(f"rootcause: warning: {warning}", file=sys.stderr)
    return settings


def analyze_command(
    file: str,
    *,
    repo: Path,
    output_format: str = "text",
    top: int = 5,
    engine: str = "auto",
    model: str | None = None,
    show_prompt: bool = False,
    all_incidents: bool = False,
) -> int:
    """Analyse the last traceback of FILE (or every one with ``all_incidents``); print the report."""
    if output_format not in FORMATS:
        raise UserError(f"unknown format {output_format!r} (choose from {', '.join(FORMATS)})")
    from rootcause.workspace import Workspace, require_repo_dir

    root = require_repo_dir(repo)
    if file == "-" and sys.stdin is None:
        raise UserError("no input: give a traceback file or pipe one into stdin")
    from rootcause.index.build import prime_listing
    from rootcause.ingest import parse_file

    settings = _settings(root, engine, model)
    # one file listing for path mapping and index, reused from the index cache when valid
    workspace = Workspace(root)
    prime_listing(workspace, cache_dir=settings.cache_dir)
    # streamed, bounded memory; directories and binary data are refused with a clear error
    parsed = parse_file(file, repo=workspace)
    if not parsed.incidents:
        print("rootcause: no Python traceback found in the input", file=sys.stderr)
        return 1
    incidents = parsed.incidents if all_incidents else parsed.incidents[-1:]

    from rootcause.analysis.pipeline import analyze_incident

    offline = dataclasses.replace(settings, engine="offline")
    index = None
    reports = []
    for incident in incidents:
        report = analyze_incident(
            incident,
            repo=workspace,
            settings=offline if show_prompt else settings,
            top=top,
            index=index,
        )
        if show_prompt:
            try:
                from rootcause.llm import render_prompt
            except ImportError as exc:
                raise UserError("LLM engine not available in this installation") from exc
            print(render_prompt(report, workspace=workspace, settings=settings))
            continue
        reports.append(report)
    if show_prompt:
        return 0
    from rootcause.report import render

    sys.stdout.write(render(reports, output_format, repo=workspace.root))
    return 0


def rules_command(code: str | None) -> int:
    """List the rules, or print one rule's documentation."""
    from rootcause.analysis.rules import all_rules, get_rule

    if code:
        rule = get_rule(code)
        if rule is None:
            known = ", ".join(r.code for r in all_rules())
            raise UserError(f"unknown rule {code!r} (known: {known})")
        reacts = ", ".join(rule.exceptions) or "any exception"
        print(f"{rule.code} {rule.name}: {rule.title}")
        print(f"reacts to: {reacts}")
        if rule.messages:
            print(f"or messages matching: {' | '.join(rule.messages)}")
        print()
        print(rule.doc)
        return 0
    rules = all_rules()
    width = max((len(r.name) for r in rules), default=10)
    for rule in rules:
        print(f"{rule.code}  {rule.name:<{width}}  {rule.summary}")
    return 0
