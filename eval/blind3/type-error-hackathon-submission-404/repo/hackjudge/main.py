from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import datetime, timezone

from fastapi import FastAPI

from hackjudge import submissions
from hackjudge.repository import SubmissionRepository

SUBMISSION_DEADLINE = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.submissions = SubmissionRepository(deadline=SUBMISSION_DEADLINE)
    yield


app = FastAPI(title="HackJudge", lifespan=lifespan)
app.include_router(submissions.router)
