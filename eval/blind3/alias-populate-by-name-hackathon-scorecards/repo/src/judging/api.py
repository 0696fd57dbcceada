from __future__ import annotations

from fastapi import FastAPI, HTTPException, status

from judging.ranking import leaderboard
from judging.schemas import LeaderboardRow, ScoreCard
from judging.store import DuplicateScore, store

TEAMS = {
    11: "Null Pointer Sisters",
    12: "Byte Club",
    13: "Ctrl Alt Elite",
}

app = FastAPI(title="Hackathon judging")


@app.post("/scores", status_code=status.HTTP_201_CREATED)
def submit_score(card: ScoreCard) -> dict[str, int]:
    if card.team_id not in TEAMS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown team")
    try:
        store.add(card)
    except DuplicateScore as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    return {"total": card.total}


@app.get("/rounds/{round_no}/leaderboard", response_model=list[LeaderboardRow], response_model_by_alias=True)
def round_leaderboard(round_no: int) -> list[LeaderboardRow]:
    cards = store.cards(round_no)
    return leaderboard(cards, TEAMS)
