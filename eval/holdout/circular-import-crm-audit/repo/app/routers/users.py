from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from app.db import SessionLocal
from app.models import User

router = APIRouter(prefix="/users")


class RoleChange(BaseModel):
    role: str


@router.put("/{user_id}/role")
def change_role(user_id: int, body: RoleChange) -> dict:
    with SessionLocal() as session:
        user = session.get(User, user_id)
        if user is None:
            raise HTTPException(404)
        user.change_role(session, body.role)
        session.commit()
        return {"id": user.id, "role": user.role}
