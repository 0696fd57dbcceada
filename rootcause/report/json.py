"""JSON output: ``Report.to_json`` (shape documented in the README), one object per report.

A single report prints as one object; ``--all`` with several prints a JSON array of them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rootcause.model import Report


def report_data(reports: Sequence[Report]) -> Any:
    if len(reports) == 1:
        return reports[0].to_json()
    return [r.to_json() for r in reports]


def render_json(reports: Sequence[Report]) -> str:
    return json.dumps(report_data(reports), indent=2, ensure_ascii=False) + "\n"
