"""Weekly booking quota: members may book a limited number of tool hours per week."""

from datetime import date, timedelta

from sqlmodel import Session, select

from models import Member, ToolBooking


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def booked_hours(session: Session, member_id: int, week_start: date) -> float:
    week_end = week_start + timedelta(days=7)
    bookings = session.exec(
        select(ToolBooking).where(ToolBooking.member_id == member_id)
    ).all()
    total = 0.0
    for booking in bookings:
        if week_start <= booking.starts_at < week_end:
            total += (booking.ends_at - booking.starts_at).total_seconds() / 3600
    return total


def quota_status(session: Session, member: Member, day: date) -> dict:
    week_start = monday_of(day)
    used = booked_hours(session, member.id, week_start)
    return {
        "member": member.name,
        "week_of": week_start.isoformat(),
        "used_hours": round(used, 2),
        "remaining_hours": round(max(member.weekly_quota_hours - used, 0.0), 2),
    }
