from datetime import datetime, timezone

from sqlmodel import Session

from tasks_app.models import Project, Task
from tasks_app.notifications import Notice, build_assignment_notice


class TaskNotFound(LookupError):
    pass


def _project_of(session: Session, task: Task) -> Project | None:
    return session.get(Project, task.id)


def assign_task(session: Session, task_id: int, assignee_email: str) -> Notice:
    task = session.get(Task, task_id)
    if task is None:
        raise TaskNotFound(task_id)
    task.assignee_email = assignee_email
    task.updated_at = datetime.now(timezone.utc)
    session.add(task)
    session.commit()
    session.refresh(task)
    project = _project_of(session, task)
    return build_assignment_notice(task, project)
