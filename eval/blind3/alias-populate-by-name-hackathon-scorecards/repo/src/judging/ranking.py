from __future__ import annotations

from collections import defaultdict
from statistics import fmean

from judging.schemas import LeaderboardRow, ScoreCard


def leaderboard(cards: list[ScoreCard], team_names: dict[int, str]) -> list[LeaderboardRow]:
    per_team: dict[int, list[int]] = defaultdict(list)
    for card in cards:
        per_team[card.team_id].append(card.total)
    ordered = sorted(per_team.items(), key=lambda item: (-fmean(item[1]), item[0]))
    return [
        LeaderboardRow(
            rank=position,
            team_id=team_id,
            team_name=team_names.get(team_id, f"team {team_id}"),
            average=round(fmean(totals), 2),
            cards=len(totals),
        )
        for position, (team_id, totals) in enumerate(ordered, start=1)
    ]
