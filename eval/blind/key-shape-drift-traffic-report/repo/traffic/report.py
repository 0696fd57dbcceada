from __future__ import annotations

from .types import DailyRow


def format_table(rows: list[DailyRow]) -> str:
    header = f"{'day':<12}{'visits':>8}{'uniques':>9}  top path"
    lines = [header, "-" * len(header)]
    for row in rows:
        ratio = row["visits"] / max(row["unique_visitors"], 1)
        lines.append(f"{row['day']:<12}{row['visits']:>8}{row['unique_visitors']:>9}  {row['top_path']} ({ratio:.1f}/visitor)")
    return "\n".join(lines)
