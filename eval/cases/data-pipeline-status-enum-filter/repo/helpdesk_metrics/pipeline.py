"""python -m helpdesk_metrics.pipeline <export.json>"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from .load import load_export
from .metrics import backlog, mean_resolution_hours
from .select import finished, for_team

log = logging.getLogger("helpdesk_metrics")


class PipelineError(RuntimeError):
    pass


def team_report(tickets, team: str) -> dict[str, float]:
    mine = for_team(tickets, team)
    try:
        return {"mean_resolution_h": mean_resolution_hours(finished(mine)), "backlog": backlog(mine)}
    except ArithmeticError as exc:
        raise PipelineError(f"metrics failed for team {team!r}") from exc


def main(path: str) -> int:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s | %(levelname)-8s | %(name)s:%(lineno)d | %(message)s",
    )
    tickets = load_export(Path(path))
    log.info("loaded %d tickets", len(tickets))
    teams = sorted({t.team for t in tickets})
    try:
        for team in teams:
            log.info("%s: %s", team, team_report(tickets, team))
    except PipelineError:
        log.exception("weekly report aborted")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
