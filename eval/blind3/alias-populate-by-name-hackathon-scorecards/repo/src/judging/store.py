"""Score storage: plain rows so the table can be exported to the organisers' sheet."""

from __future__ import annotations

import threading
from collections import defaultdict
from typing import Any

from judging.schemas import ScoreCard


class DuplicateScore(Exception):
    pass


class ScoreStore:
    def __init__(self) -> None:
        self._rows: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self._lock = threading.Lock()

    def add(self, card: ScoreCard) -> None:
        with self._lock:
            rows = self._rows[card.round_no]
            if any(r["team_id"] == card.team_id and r["judge_id"] == card.judge_id for r in rows):
                raise DuplicateScore(f"judge {card.judge_id} already scored team {card.team_id}")
            rows.append(card.model_dump(exclude={"total"}))

    def rows(self, round_no: int) -> list[dict[str, Any]]:
        return list(self._rows.get(round_no, []))

    def cards(self, round_no: int) -> list[ScoreCard]:
        return [ScoreCard(**row) for row in self.rows(round_no)]


store = ScoreStore()
