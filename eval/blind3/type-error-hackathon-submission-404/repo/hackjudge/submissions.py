from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, status

from hackjudge.models import Submission, SubmissionIn
from hackjudge.repository import SubmissionRepository

router = APIRouter(prefix="/teams/{team_id}/submission", tags=["submissions"])


def get_repository(request: Request) -> SubmissionRepository:
    return request.app.state.submissions


Repo = Annotated[SubmissionRepository, Depends(get_repository)]


@router.put("", response_model=Submission)
async def submit(team_id: int, payload: SubmissionIn, repo: Repo) -> Submission:
    return await repo.upsert(team_id, payload)


@router.get("", response_model=Submission)
async def get_submission(team_id: int, repo: Repo) -> Submission:
    submission = await repo.for_team(team_id)
    if submission is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, details=f"team {team_id} has not submitted yet")
    return submission
