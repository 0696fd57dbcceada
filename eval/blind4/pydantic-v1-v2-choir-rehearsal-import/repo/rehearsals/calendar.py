"""Plain-text views of a term's rehearsal plan."""
from collections import defaultdict
from typing import Dict, List

from .models import Rehearsal, Term


def by_part(term: Term) -> Dict[str, List[Rehearsal]]:
    plan: Dict[str, List[Rehearsal]] = defaultdict(list)
    for rehearsal in term.rehearsals:
        for part in rehearsal.parts:
            plan[part].append(rehearsal)
    return dict(plan)


def render(term: Term) -> str:
    lines = [f"{term.name} ({term.weeks()} weeks, {len(term.rehearsals)} rehearsals)"]
    for r in term.rehearsals:
        kind = "sectional" if r.is_sectional else "tutti"
        parts = "+".join(r.parts)
        line = f"  {r.day:%a %d %b} {r.start:%H:%M}-{r.end:%H:%M}  {r.venue:<14} {kind:<9} {parts}"
        if r.conductor_note:
            line += f"  ({r.conductor_note})"
        lines.append(line)
    return "\n".join(lines)
