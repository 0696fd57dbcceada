from __future__ import annotations

import csv
import io

from .api_client import FakeCrm
from .schemas import Contact


def contact_from_row(row: dict[str, str]) -> Contact:
    return Contact(
        first_name=row["First name"],
        last_name=row["Last name"],
        email=row["Email"].lower(),
        opted_in=row.get("Newsletter", "").strip().lower() in {"yes", "y", "1"},
    )


def import_csv(text: str, crm: FakeCrm) -> int:
    existing = {c.email for c in crm.list_contacts().items}
    count = 0
    for row in csv.DictReader(io.StringIO(text)):
        contact = contact_from_row(row)
        if contact.email in existing:
            continue
        crm.create_contact(contact)
        count += 1
    return count
