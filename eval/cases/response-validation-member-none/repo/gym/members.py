"""Membership service."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import Session, select

from gym.models import Member, MemberCreate


def create_member(session: Session, data: MemberCreate) -> Member:
    member = Member.model_validate(data)
    session.add(member)
    session.commit()
    session.refresh(member)
    return member


def find_active_member(session: Session, member_id: int) -> Member | None:
    """The member, unless they cancelled; cancelled members are kept for invoicing."""
    member = session.get(Member, member_id)
    if member is None or member.cancelled_at is not None:
        return None
    return member


def cancel_membership(session: Session, member_id: int) -> Member | None:
    member = find_active_member(session, member_id)
    if member is None:
        return None
    member.cancelled_at = datetime.now(timezone.utc)
    session.add(member)
    session.commit()
    return member


def list_active(session: Session) -> list[Member]:
    return list(session.exec(select(Member).where(Member.cancelled_at.is_(None)).order_by(Member.id)))
