from __future__ import annotations

from fastapi import APIRouter, Depends

from app.dependencies import contact_form
from app.mailer import queue_ticket_mail
from app.schemas import TOPICS, ContactRequest

router = APIRouter(prefix="/contact", tags=["contact"])


@router.get("/topics")
def list_topics() -> list[str]:
    return list(TOPICS)


@router.post("", status_code=202)
def submit_contact(request: ContactRequest = Depends(contact_form)) -> dict[str, int]:
    position = queue_ticket_mail(request)
    return {"queued": position}
