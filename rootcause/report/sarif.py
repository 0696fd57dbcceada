"""SARIF 2.1.0 output: one run, one result per candidate, evidence as relatedLocations and a codeFlow.

Paths are relative to ``%SRCROOT%`` (the analysed repository), which ``originalUriBaseIds``
maps to the repository's ``file://`` URI, so code-scanning UIs can open each step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rootcause import __version__
from rootcause.model import Candidate, CandidateKind, Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {
    CandidateKind.ORIGIN: "error",
    CandidateKind.SYMPTOM: "warning",
    CandidateKind.CONTRIBUTING: "note",
}


def _location(
    file: str, line: int, end_line: int | None = None, message: str | None = None
) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, line)}
    if end_line is not None and end_line > line:
        region["endLine"] = end_line
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": file, "uriBaseId": "%SRCROOT%"},
            "region": region,
        }
    }
    if message:
        loc["message"] = {"text": message}
    return loc


def _result(cand: Candidate, exc_text: str) -> dict[str, Any]:
    location = _location(cand.file, cand.line, cand.end_line)
    location["logicalLocations"] = [{"fullyQualifiedName": cand.function, "kind": "function"}]
    result: dict[str, Any] = {
        "ruleId": cand.rule,
        "level": _LEVEL[cand.kind],
        "message": {"text": f"{cand.title}. {cand.explanation}".strip()},
        "locations": [location],
        "rank": round(cand.score * 100.0, 2),
        "properties": {
            "rank": cand.rank,
            "score": round(cand.score, 4),
            "kind": cand.kind.value,
            "function": cand.function,
            "exception": exc_text,
        },
    }
    if cand.fix:
        result["properties"]["fix"] = cand.fix
    if cand.evidence:
        result["relatedLocations"] = [
            {**_location(ev.file, ev.line, message=ev.note), "id": i}
            for i, ev in enumerate(cand.evidence, 1)
        ]
        result["codeFlows"] = [
            {
                "message": {"text": "how the bad value or state reached the crash"},
                "threadFlows": [
                    {
                        "locations": [
                            {
                                "location": _location(ev.file, ev.line, message=ev.note),
                                "executionOrder": i,
                            }
                            for i, ev in enumerate(cand.evidence, 1)
                        ]
                    }
                ],
            }
        ]
    return result


def sarif_log(reports: Sequence[Report], *, repo: Path) -> dict[str, Any]:
    from rootcause.analysis.rules import all_rules

    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.title},
            "fullDescription": {"text": rule.summary},
            "help": {"text": rule.doc or rule.title},
        }
        for rule in all_rules()
    ]
    known = {r["id"] for r in rules}
    results: list[dict[str, Any]] = []
    for report in reports:
        exc = report.incident.primary
        exc_text = f"{exc.type}: {exc.message.splitlines()[0] if exc.message else ''}"
        for cand in report.candidates:
            if cand.rule not in known:
                known.add(cand.rule)
                rules.append({"id": cand.rule, "shortDescription": {"text": cand.rule}})
            results.append(_result(cand, exc_text))
    root_uri = Path(repo).resolve().as_uri().rstrip("/") + "/"
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "rootcause",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/rootcause/",
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def render_sarif(reports: Sequence[Report], *, repo: Path) -> str:
    return json.dumps(sarif_log(reports, repo=repo), indent=2, ensure_ascii=False) + "\n"
