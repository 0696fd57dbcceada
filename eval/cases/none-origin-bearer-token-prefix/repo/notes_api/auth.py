from fastapi import Depends, Header
from sqlmodel import Session, select

from notes_api.db import get_session
from notes_api.models import ApiToken, Member

SCHEME = "Bearer"


def _token_from_header(authorization: str | None) -> str | None:
    if not authorization or not authorization.startswith(SCHEME):
        return None
    return authorization[len(SCHEME):]


def current_member(
    authorization: str | None = Header(default=None),
    session: Session = Depends(get_session),
) -> Member | None:
    token = _token_from_header(authorization)
    if token is None:
        return None
    row = session.exec(
        select(ApiToken).where(ApiToken.token == token, ApiToken.revoked == False)  # noqa: E712
    ).first()
    if row is None:
        return None
    return session.get(Member, row.member_id)
