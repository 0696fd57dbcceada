from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlmodel import Session

from tasks_app.db import get_session, init_db
from tasks_app.notifications import Notice
from tasks_app.services.assignments import TaskNotFound, assign_task

app = FastAPI(title="tasks", on_startup=[init_db])


class AssignBody(BaseModel):
    assignee_email: str


@app.post("/tasks/{task_id}/assignee")
def set_assignee(task_id: int, body: AssignBody, session: Session = Depends(get_session)) -> Notice:
    try:
        return assign_task(session, task_id, body.assignee_email)
    except TaskNotFound:
        raise HTTPException(status_code=404, detail="task not found") from None
