"""Germination statistics from the reports growers send back at the end of a season."""

from __future__ import annotations

from dataclasses import dataclass

from seedbank.models import GerminationReport, Packet


@dataclass(frozen=True)
class LotSummary:
    variety: str
    lot: str
    reports: int
    rate: float
    plants_per_packet: int


def germination_rate(reports: list[GerminationReport]) -> float:
    sown = sum(r.sown for r in reports)
    if sown == 0:
        return 0.0
    return sum(r.sprouted for r in reports) / sown


def expected_plants(packet: Packet, rate: float) -> int:
    """How many seedlings a grower can expect from one packet of this lot."""
    return int(packet.seeds_per_packet * rate)


def summarise_lot(packet: Packet, reports: list[GerminationReport]) -> LotSummary:
    rate = germination_rate(reports)
    return LotSummary(
        variety=packet.variety.name,
        lot=packet.lot,
        reports=len(reports),
        rate=rate,
        plants_per_packet=expected_plants(packet, rate),
    )
