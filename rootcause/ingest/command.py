"""``rootcause frames``: print every traceback found in a file, as JSON or text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rootcause.errors import UserError
from rootcause.model import ExceptionInfo, ParseResult


def format_text(result: ParseResult) -> str:
    """Human-readable listing: one block per incident, frames outermost first."""
    out: list[str] = []
    for number, incident in enumerate(result.incidents, 1):
        where = f" (lines {incident.start_line}-{incident.end_line})" if incident.start_line else ""
        out.append(f"Incident {number}: {incident.format}{where}")
        for exc in incident.exceptions:
            out.extend(_exc_header(exc))
            for frame in exc.frames:
                mark = "*" if frame.in_app else " "
                indent = "  " * exc.group_depth
                location = f"{frame.path}:{frame.lineno}"
                if frame.repo_path is not None:
                    repo_line = frame.repo_lineno or frame.lineno
                    location += f"  -> {frame.repo_path}:{repo_line}"
                out.append(f"  {indent}{mark} {location} in {frame.function}")
                if frame.line:
                    out.append(f"  {indent}      {frame.line}")
        for warning in incident.warnings:
            out.append(f"  warning: {warning}")
        out.append("")
    for warning in result.warnings:
        out.append(f"warning: {warning}")
    return "\n".join(out).rstrip("\n") + "\n"


def _exc_header(exc: ExceptionInfo) -> list[str]:
    indent = "  " * exc.group_depth
    relation = exc.relation.value if exc.relation else ""
    label = {
        "cause": "direct cause above",
        "context": "raised while handling the above",
        "group": "exception group member",
    }.get(relation)
    head = f"  {indent}{exc.type}: {exc.message}" if exc.message else f"  {indent}{exc.type}"
    lines = head.split("\n")
    lines[1:] = [f"  {indent}  {line}" for line in lines[1:]]
    if label:
        lines[0] += f"   [{label}]"
    return lines


def frames_command(file: str, *, repo: Path, output_format: str) -> int:
    """Implement ``rootcause frames``; returns the exit status (0 found, 1 none found)."""
    from rootcause.ingest import parse_file
    from rootcause.workspace import require_repo_dir

    require_repo_dir(repo)
    if output_format not in ("json", "text"):
        raise UserError(f"unknown format {output_format!r} (expected json or text)")
    result = parse_file(file, repo=repo)
    if output_format == "json":
        sys.stdout.write(json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n")
    elif result.incidents:
        sys.stdout.write(format_text(result))
    if not result.incidents:
        name = "stdin" if file == "-" else file
        print(f"rootcause: no traceback found in {name}", file=sys.stderr)
        return 1
    return 0
