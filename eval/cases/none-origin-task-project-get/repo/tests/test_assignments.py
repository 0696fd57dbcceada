import pytest
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from tasks_app.models import Project, Task
from tasks_app.services.assignments import TaskNotFound, assign_task


@pytest.fixture
def session():
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        yield session


@pytest.fixture
def relaunch(session: Session) -> Project:
    project = Project(name="Website relaunch", owner_email="lena@studio.example")
    session.add(project)
    session.commit()
    for title in ("Wireframes", "Copy review", "Migrate blog posts"):
        session.add(Task(project_id=project.id, title=title))
    session.commit()
    return project


def test_unknown_task_is_rejected(session: Session) -> None:
    with pytest.raises(TaskNotFound):
        assign_task(session, 999, "noah@studio.example")


def test_assigning_notifies_assignee_and_owner(session: Session, relaunch: Project) -> None:
    notice = assign_task(session, 3, "noah@studio.example")

    assert notice.to == "noah@studio.example"
    assert notice.cc == ("lena@studio.example",)
    assert notice.subject == "[Website relaunch] You were assigned: Migrate blog posts"
