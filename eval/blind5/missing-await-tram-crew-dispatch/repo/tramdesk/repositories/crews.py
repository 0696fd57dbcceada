from __future__ import annotations

import asyncio

from tramdesk.models import Crew, FaultCategory

_ROSTER: tuple[Crew, ...] = (
    Crew("N-1", "north", "J. Albers", frozenset({FaultCategory.TRACK, FaultCategory.SIGNAL})),
    Crew("N-2", "north", "P. Okoye", frozenset({FaultCategory.OVERHEAD_LINE})),
    Crew("S-1", "south", "M. Lindqvist", frozenset({FaultCategory.PLATFORM, FaultCategory.TICKET_MACHINE})),
    Crew("S-2", "south", "R. Haddad", frozenset({FaultCategory.TRACK}), on_shift=False),
)


class CrewRoster:
    """Read access to the crew scheduling system."""

    def __init__(self, crews: tuple[Crew, ...] = _ROSTER, latency: float = 0.0) -> None:
        self._crews = crews
        self._latency = latency

    async def on_shift(self, depot: str) -> list[Crew]:
        await asyncio.sleep(self._latency)
        return [c for c in self._crews if c.depot == depot and c.on_shift]

    async def nearest_available(self, depot: str, category: FaultCategory) -> Crew | None:
        """First crew on shift at ``depot`` that is qualified for ``category``."""
        for crew in await self.on_shift(depot):
            if category in crew.skills:
                return crew
        return None
