from __future__ import annotations

from typing import Any

from community.members import MEMBERS, Member


class MemberNotFound(LookupError):
    pass


def _profile_payload(member: Member) -> dict[str, Any]:
    return {
        "handle": member.handle,
        "display_name": member.display_name,
        "joined": member.joined,
        "tags": ", ".join(sorted(member.interests)),
        "post_count": member.posts,
    }


async def get_profile(handle: str) -> dict[str, Any]:
    member = MEMBERS.get(handle.lower())
    if member is None:
        raise MemberNotFound(handle)
    return _profile_payload(member)
