"""Colour circuits: a set of problems meant to be climbed in order, each a little harder."""

from __future__ import annotations

from dataclasses import dataclass

from gradebook.grades import to_points


@dataclass(frozen=True)
class Problem:
    number: int
    grade: str
    wall: str


@dataclass(frozen=True)
class CircuitProfile:
    circuit: str
    problems: int
    hardest: str
    jumps: list[int]
    max_jump: int


def grade_jumps(problems: list[Problem]) -> list[int]:
    """Points gained from each problem to the next one in the circuit."""
    return [to_points(problems[i + 1].grade) - to_points(problems[i].grade) for i in range(len(problems))]


def profile(name: str, problems: list[Problem]) -> CircuitProfile:
    ordered = sorted(problems, key=lambda p: p.number)
    jumps = grade_jumps(ordered)
    hardest = max(ordered, key=lambda p: to_points(p.grade))
    return CircuitProfile(
        circuit=name,
        problems=len(ordered),
        hardest=hardest.grade,
        jumps=jumps,
        max_jump=max(jumps, default=0),
    )
