from __future__ import annotations

from rotaplan.rota import Shift


def as_table(rota: list[Shift]) -> str:
    lines = [f"{'Date':<12}{'Day':<5}Groomers"]
    for shift in rota:
        names = ", ".join(shift.groomers) or "-- closed --"
        flag = "  (short)" if shift.short_staffed and shift.groomers else ""
        lines.append(f"{shift.day.isoformat():<12}{shift.day:%a}  {names}{flag}")
    return "\n".join(lines)


def as_csv(rota: list[Shift]) -> str:
    rows = ["date,groomers"]
    rows += [f"{s.day.isoformat()},{'|'.join(s.groomers)}" for s in rota]
    return "\n".join(rows)
