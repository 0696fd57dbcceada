"""Semester time allocation, as granted by the TAC."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Target:
    name: str
    ra_deg: float
    dec_deg: float
    exposure_min: float


@dataclass(frozen=True)
class Program:
    code: str
    pi: str
    grade: str
    hours_granted: float
    hours_used: float
    targets: tuple[Target, ...]

    @property
    def hours_left(self) -> float:
        return max(self.hours_granted - self.hours_used, 0.0)


GRADE_ORDER = {"A": 0, "B": 1, "C": 2}


def load_allocations(path: Path) -> list[Program]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    programs = []
    for code, entry in data.get("program", {}).items():
        targets = tuple(
            Target(t["name"], float(t["ra"]), float(t["dec"]), float(t["exposure_min"]))
            for t in entry.get("targets", [])
        )
        programs.append(
            Program(
                code=code,
                pi=entry["pi"],
                grade=entry.get("grade", "C"),
                hours_granted=float(entry["hours"]),
                hours_used=float(entry.get("used", 0.0)),
                targets=targets,
            )
        )
    return sorted(programs, key=lambda p: (GRADE_ORDER.get(p.grade, 9), p.code))
