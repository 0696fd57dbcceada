"""Turn a concert into the printed running order."""
from __future__ import annotations

from dataclasses import dataclass

from choirdesk.repository import ConcertRepository

INTERVAL_MINUTES = 20


@dataclass(frozen=True)
class Line:
    position: int
    text: str
    minutes: int


@dataclass(frozen=True)
class Programme:
    title: str
    lines: tuple[Line, ...]

    @property
    def running_time(self) -> int:
        return sum(line.minutes for line in self.lines)


def _describe(composer: str, work: str, soloist: str | None) -> str:
    text = f"{composer}: {work}"
    if soloist:
        text += f" (soloist: {soloist})"
    return text


def build_programme(repo: ConcertRepository, concert_id: int) -> Programme:
    concert = repo.get(concert_id)
    if concert is None:
        raise LookupError(f"no concert {concert_id}")
    lines: list[Line] = []
    for item in concert.items:
        lines.append(Line(item.position, _describe(item.composer, item.work, item.soloist), item.minutes))
        if concert.interval_after == item.position:
            lines.append(Line(item.position, "Interval", INTERVAL_MINUTES))
    return Programme(title=f"{concert.title}, {concert.performed_on:%d %B %Y}", lines=tuple(lines))


def render(programme: Programme) -> str:
    out = [programme.title, ""]
    for line in programme.lines:
        out.append(f"{line.text:<60} {line.minutes:>3} min")
    out.append(f"{'Total':<60} {programme.running_time:>3} min")
    return "\n".join(out)
