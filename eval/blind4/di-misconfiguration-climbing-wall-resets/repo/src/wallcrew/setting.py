"""Route-setting log: which walls were stripped and reset, by whom, with what."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from wallcrew.staff import Staff


@dataclass
class Route:
    colour: str
    grade: str
    style: str = "boulder"


@dataclass
class WallReset:
    wall_id: int
    on: date
    setter_id: int
    tag: str
    routes: list[Route] = field(default_factory=list)


class SettingLog:
    def __init__(self) -> None:
        self.resets: list[WallReset] = []

    def record_reset(self, wall_id: int, routes: list[Route], setter: Staff, on: date) -> WallReset:
        tag = f"W{wall_id:02d}-{on:%y%m%d}-{setter.initials}"
        reset = WallReset(wall_id=wall_id, on=on, setter_id=setter.staff_id, tag=tag, routes=routes)
        self.resets.append(reset)
        return reset

    def latest(self, wall_id: int) -> WallReset | None:
        for reset in reversed(self.resets):
            if reset.wall_id == wall_id:
                return reset
        return None


setting_log = SettingLog()


def get_setting_log() -> SettingLog:
    return setting_log
