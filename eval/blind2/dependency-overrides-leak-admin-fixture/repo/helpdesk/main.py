from __future__ import annotations

from fastapi import Depends, FastAPI

from helpdesk.auth import User, current_user, require_admin

app = FastAPI(title="helpdesk")

TICKETS = [
    {"id": 1, "subject": "VPN drops every hour", "assignee": "sam", "open": True},
    {"id": 2, "subject": "Printer on 3rd floor", "assignee": None, "open": False},
]


@app.get("/tickets")
def my_tickets(user: User = Depends(current_user)) -> list[dict]:
    return [t for t in TICKETS if t["assignee"] == user.name]


@app.get("/admin/stats")
def stats(user: User = Depends(current_user)) -> dict:
    require_admin(user)
    return {"open": sum(t["open"] for t in TICKETS), "total": len(TICKETS)}
