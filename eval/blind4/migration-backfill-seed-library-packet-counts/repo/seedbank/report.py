"""Season germination report for the volunteers' newsletter.

    python -m seedbank.report --season 2026
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from seedbank.db import make_session
from seedbank.germination import LotSummary, summarise_lot
from seedbank.models import GerminationReport, Packet


def season_summaries(season: int) -> list[LotSummary]:
    with make_session() as session:
        reports = session.scalars(
            select(GerminationReport)
            .where(GerminationReport.season == season)
            .options(selectinload(GerminationReport.packet).selectinload(Packet.variety))
        ).all()
        by_packet: dict[int, list[GerminationReport]] = defaultdict(list)
        for report in reports:
            by_packet[report.packet_id].append(report)
        return [summarise_lot(group[0].packet, group) for group in by_packet.values()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="seedbank.report")
    parser.add_argument("--season", type=int, required=True)
    args = parser.parse_args(argv)

    summaries = season_summaries(args.season)
    print(f"Germination report, season {args.season}")
    for s in sorted(summaries, key=lambda s: s.rate, reverse=True):
        print(f"  {s.variety:<26} lot {s.lot:<8} {s.rate:6.1%}  ~{s.plants_per_packet} plants/packet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
