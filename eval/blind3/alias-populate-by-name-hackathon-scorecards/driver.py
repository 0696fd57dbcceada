"""Judging day smoke run: three tablets submit scores, then the big screen asks for the board."""

from fastapi.testclient import TestClient

from judging.api import app

client = TestClient(app)

tablet_payloads = [
    {"teamId": 11, "judgeId": "j-ana", "roundNo": 1, "innovation": 8, "execution": 7,
     "design": 9, "impact": 8, "submittedAt": "2026-11-21T16:02:00Z"},
    {"teamId": 12, "judgeId": "j-ana", "roundNo": 1, "innovation": 6, "execution": 9,
     "design": 6, "impact": 7, "submittedAt": "2026-11-21T16:09:30Z"},
    {"teamId": 11, "judgeId": "j-kofi", "roundNo": 1, "innovation": 9, "execution": 6,
     "design": 8, "impact": 9, "submittedAt": "2026-11-21T16:11:12Z"},
]
for payload in tablet_payloads:
    response = client.post("/scores", json=payload)
    print(response.status_code, response.json())

board = client.get("/rounds/1/leaderboard")
print(board.json())
