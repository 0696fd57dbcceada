"""Eval reports: text (rich tables), markdown, and the stable JSON shape."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rootcause.evaluation.metrics import (
    CaseScore,
    EvalSummary,
    GroupScores,
    Scores,
)

if TYPE_CHECKING:
    from rich.console import Console

BASELINE_NAME = "baseline (innermost in-app frame)"
MISS_RANKED = 3


def pct(value: float) -> str:
    return f"{value * 100:.1f}%"


def _metric_rows(metrics: Scores, baseline: Scores) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for level in ("function", "file", "line"):
        ours, base = metrics.level(level), baseline.level(level)
        for key, label in (("top1", "top-1"), ("top3", "top-3"), ("top5", "top-5")):
            rows.append((f"{level} {label}", pct(ours.get(key)), pct(base.get(key))))
        rows.append((f"{level} MRR", f"{ours.mrr:.3f}", f"{base.mrr:.3f}"))
    rows.append(("context recall", pct(metrics.context_recall), pct(baseline.context_recall)))
    rows.append(
        (
            f"mention rate (of {metrics.mention_cases} cases with terms)",
            pct(metrics.mention_rate),
            pct(baseline.mention_rate),
        )
    )
    return rows


GROUP_HEADERS = (
    "cases",
    "fn top-1",
    "fn top-3",
    "file top-1",
    "line top-3",
    "context",
    "base fn top-1",
    "base fn top-3",
)


def _group_row(name: str, group: GroupScores) -> tuple[str, ...]:
    m, b = group.metrics, group.baseline
    return (
        name,
        str(group.cases),
        pct(m.function.top1),
        pct(m.function.top3),
        pct(m.file.top1),
        pct(m.line.top3),
        pct(m.context_recall),
        pct(b.function.top1),
        pct(b.function.top3),
    )


def _gold_text(score: CaseScore) -> str:
    return ", ".join(
        f"{g.file}:{g.start_line}-{g.end_line} {g.function}" for g in score.result.case.gold
    )


def _ranked_text(score: CaseScore, sep: str) -> str:
    output = score.result.output
    if output is None:
        return f"error: {score.result.error}"
    if not output.candidates:
        return "(no candidates)"
    return sep.join(
        f"{i}. {p.file}:{p.line} {p.function}" + (f" [{p.rule}]" if p.rule else "")
        for i, p in enumerate(output.candidates[:MISS_RANKED], start=1)
    )


def _rank_text(rank: int | None) -> str:
    return "-" if rank is None else str(rank)


def _header_line(summary: EvalSummary) -> str:
    line = f"{summary.cases} cases, engine {summary.engine}"
    if set(summary.engines_used) - {summary.engine}:
        engines = ", ".join(f"{name} x{n}" for name, n in sorted(summary.engines_used.items()))
        line += f" (reports by engine: {engines})"
    if summary.errors:
        line += f", {len(summary.errors)} failed to analyse (counted as misses)"
    return line


def _latency_line(summary: EvalSummary) -> str:
    return f"latency per case (parse + index + analyze): p50 {summary.latency_p50:.0f} ms, p95 {summary.latency_p95:.0f} ms"


def _usage_line(summary: EvalSummary) -> str | None:
    usage = summary.usage
    if usage is None:
        return None
    return (
        f"LLM usage ({', '.join(usage.models)}; {usage.cases} cases): "
        f"{usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens"
    )


# -- text ---------------------------------------------------------------------------------------


def print_text(summary: EvalSummary, console: Console) -> None:
    """The human report: overall table beside the baseline, categories, misses."""
    from rich.table import Table

    console.print(f"[bold]rootcause eval[/bold]: {_header_line(summary)}")
    overall = Table(title="Overall", title_justify="left")
    overall.add_column("metric")
    overall.add_column("rootcause", justify="right")
    overall.add_column(BASELINE_NAME, justify="right")
    for row in _metric_rows(summary.metrics, summary.baseline):
        overall.add_row(*row)
    console.print(overall)
    console.print(_latency_line(summary))
    usage = _usage_line(summary)
    if usage:
        console.print(usage)

    for title, first, groups in (
        ("Per category", "category", summary.by_category),
        ("Per kind", "kind", summary.by_kind),
    ):
        table = Table(title=title, title_justify="left")
        for i, header in enumerate((first, *GROUP_HEADERS)):
            if i == 0:
                table.add_column(header, no_wrap=True)
            else:
                table.add_column(header, justify="right")
        for name, group in groups.items():
            table.add_row(*_group_row(name, group))
        console.print(table)

    misses = summary.misses
    if misses:
        console.print(f"[bold]Misses[/bold] (gold function not ranked first): {len(misses)}")
        for score in misses:
            rank = score.ours.ranks["function"]
            status = "not in top 5" if rank is None else f"rank {rank}"
            console.print(f"  {score.case_id} ({status})", markup=False, highlight=False)
            console.print(f"      gold:   {_gold_text(score)}", markup=False, highlight=False)
            ranked = _ranked_text(score, "\n              ")
            console.print(f"      ranked: {ranked}", markup=False, highlight=False)


def render_text(summary: EvalSummary, *, width: int = 120) -> str:
    """The text report as plain text (no colours), for files."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    print_text(summary, console)
    return buffer.getvalue()


# -- markdown -----------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _md_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, numeric_from: int = 1
) -> list[str]:
    """A markdown table; columns from ``numeric_from`` on are right-aligned."""
    lines = ["| " + " | ".join(headers) + " |"]
    lines.append(
        "|" + "|".join("---:" if i >= numeric_from else "---" for i in range(len(headers))) + "|"
    )
    lines.extend("| " + " | ".join(_md_escape(cell) for cell in row) + " |" for row in rows)
    return lines


def render_markdown(summary: EvalSummary) -> str:
    lines = ["# rootcause eval", "", _header_line(summary) + ".", ""]
    lines += ["## Overall", ""]
    lines += _md_table(
        ("metric", "rootcause", BASELINE_NAME), _metric_rows(summary.metrics, summary.baseline)
    )
    lines += ["", _latency_line(summary) + "."]
    usage = _usage_line(summary)
    if usage:
        lines += ["", usage + "."]
    lines += ["", "## Per category", ""]
    lines += _md_table(
        ("category", *GROUP_HEADERS),
        [_group_row(name, g) for name, g in summary.by_category.items()],
    )
    lines += ["", "## Per kind", ""]
    lines += _md_table(
        ("kind", *GROUP_HEADERS), [_group_row(name, g) for name, g in summary.by_kind.items()]
    )
    misses = summary.misses
    lines += ["", f"## Misses ({len(misses)}: gold function not ranked first)", ""]
    if misses:
        lines += _md_table(
            ("case", "rank", "gold", "ranked instead"),
            [
                (
                    f"`{s.case_id}`",
                    _rank_text(s.ours.ranks["function"]),
                    _gold_text(s),
                    _ranked_text(s, "<br>"),
                )
                for s in misses
            ],
            numeric_from=4,
        )
    else:
        lines.append("None.")
    return "\n".join(lines) + "\n"


# -- json ---------------------------------------------------------------------------------------


def render_json(summary: EvalSummary) -> str:
    return json.dumps(summary.to_json(), indent=2) + "\n"
