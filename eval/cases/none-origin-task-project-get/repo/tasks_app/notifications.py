"""Messages sent to people when work is handed to them."""

from dataclasses import dataclass

from tasks_app.models import Project, Task


@dataclass(frozen=True)
class Notice:
    to: str
    cc: tuple[str, ...]
    subject: str
    body: str


def build_assignment_notice(task: Task, project: Project) -> Notice:
    cc = () if project.owner_email == task.assignee_email else (project.owner_email,)
    return Notice(
        to=task.assignee_email or "",
        cc=cc,
        subject=f"[{project.name}] You were assigned: {task.title}",
        body=f"Task #{task.id} ({task.status}) in {project.name} is now yours.",
    )
