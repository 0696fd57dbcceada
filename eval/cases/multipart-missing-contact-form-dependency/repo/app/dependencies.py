"""Request dependencies shared by the public pages."""

from __future__ import annotations

from fastapi import Form, HTTPException

from app.schemas import TOPICS, ContactRequest


def contact_form(
    name: str = Form(..., max_length=120),
    email: str = Form(...),
    topic: str = Form("other"),
    message: str = Form(..., min_length=10),
) -> ContactRequest:
    """Parse the HTML contact form posted by the support site."""
    if topic not in TOPICS:
        raise HTTPException(status_code=400, detail=f"unknown topic {topic!r}")
    if "@" not in email:
        raise HTTPException(status_code=400, detail="invalid e-mail address")
    return ContactRequest(name=name.strip(), email=email.lower(), topic=topic, message=message)
