"""The CI gate: fail when eval metrics fall below thresholds kept in the repository.

Thresholds file (JSON)::

    {"function": {"top1": 0.55, "top3": 0.75}}

``function`` with ``top1`` and ``top3`` is required. Optional: more keys under ``function``,
``file`` and ``line`` (``top1``, ``top3``, ``top5``, ``mrr``), and ``context_recall`` /
``mention_rate`` as plain numbers. Keys starting with ``_`` are comments. Every value is a
share in 0..1 that the run must reach (``>=``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rootcause.errors import UserError
from rootcause.evaluation.metrics import LEVELS, Scores

LEVEL_KEYS = ("top1", "top3", "top5", "mrr")
SCALAR_KEYS = ("context_recall", "mention_rate")
REQUIRED = (("function", "top1"), ("function", "top3"))
EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Threshold:
    metric: str  # "function.top1", "context_recall"
    minimum: float


def _number(path: Path, name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise UserError(f"{path}: {name} must be a number in 0..1, got {value!r}")
    return float(value)


def load_thresholds(path: Path) -> tuple[Threshold, ...]:
    """Read and validate a thresholds file; :class:`UserError` explains what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"{path}: cannot read thresholds ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{path}: thresholds are not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise UserError(
            f'{path}: thresholds must be a JSON object like {{"function": {{"top1": 0.5, "top3": 0.7}}}}'
        )
    found: list[Threshold] = []
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if key in LEVELS:
            if not isinstance(value, dict):
                raise UserError(f"{path}: {key} must be an object of {', '.join(LEVEL_KEYS)}")
            for sub, minimum in value.items():
                if sub.startswith("_"):
                    continue
                if sub not in LEVEL_KEYS:
                    raise UserError(
                        f"{path}: unknown metric {key}.{sub} (use {', '.join(LEVEL_KEYS)})"
                    )
                found.append(Threshold(f"{key}.{sub}", _number(path, f"{key}.{sub}", minimum)))
        elif key in SCALAR_KEYS:
            found.append(Threshold(key, _number(path, key, value)))
        else:
            known = ", ".join((*LEVELS, *SCALAR_KEYS))
            raise UserError(f"{path}: unknown key {key!r} (known: {known})")
    names = {t.metric for t in found}
    missing = [f"{a}.{b}" for a, b in REQUIRED if f"{a}.{b}" not in names]
    if missing:
        raise UserError(f"{path}: missing required threshold(s): {', '.join(missing)}")
    return tuple(found)


def metric_value(scores: Scores, metric: str) -> float:
    if "." in metric:
        level, key = metric.split(".", 1)
        return scores.level(level).get(key)
    value: float = getattr(scores, metric)
    return value


def check_gate(scores: Scores, thresholds: tuple[Threshold, ...]) -> list[str]:
    """One message per threshold not reached; empty when the gate passes."""
    failures = []
    for threshold in thresholds:
        value = metric_value(scores, threshold.metric)
        if value + EPSILON < threshold.minimum:
            failures.append(
                f"{threshold.metric} = {value:.4f} is below the threshold {threshold.minimum:.4f}"
            )
    return failures
