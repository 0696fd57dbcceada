from __future__ import annotations

import secrets
from dataclasses import dataclass


@dataclass
class Invite:
    team: str
    email: str
    token: str


_INVITES: dict[str, Invite] = {}


def create_invite(team: str, email: str) -> Invite:
    invite = Invite(team=team, email=email.lower(), token=secrets.token_urlsafe(16))
    _INVITES[invite.token] = invite
    return invite
