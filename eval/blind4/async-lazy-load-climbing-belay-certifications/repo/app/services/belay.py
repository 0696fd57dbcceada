"""Who may belay where: top-rope and lead checks expire and must be renewed at the desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models import Member

KINDS = ("top_rope", "lead")


@dataclass(frozen=True)
class BelayStatus:
    member_id: int
    top_rope: bool
    lead: bool
    renew_by: date | None


def belay_status(member: Member, today: date) -> BelayStatus:
    valid = {kind: False for kind in KINDS}
    renew_by: date | None = None
    for cert in member.certifications:
        if cert.expires_on < today:
            continue
        valid[cert.kind] = True
        if renew_by is None or cert.expires_on < renew_by:
            renew_by = cert.expires_on
    return BelayStatus(member.id, valid["top_rope"], valid["lead"], renew_by)
