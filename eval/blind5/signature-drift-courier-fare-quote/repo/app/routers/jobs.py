from __future__ import annotations

from fastapi import APIRouter, Depends, status

from app.schemas import JobIn, JobOut
from app.services.dispatch import DispatchBoard, get_board

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.get("", response_model=list[JobOut])
def list_open_jobs(zone: str | None = None, board: DispatchBoard = Depends(get_board)):
    return [JobOut.model_validate(job, from_attributes=True) for job in board.open_jobs(zone)]


@router.post("", response_model=JobOut, status_code=status.HTTP_201_CREATED)
def create_job(body: JobIn, board: DispatchBoard = Depends(get_board)):
    job = board.post(body)
    return JobOut.model_validate(job, from_attributes=True)
