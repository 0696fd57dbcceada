"""Export confirmed subscribers of every active list to CSV files for the mail provider."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from newsletter.models import MailingList
from newsletter.queries import active_lists


def confirmed_emails(mailing_list: MailingList) -> list[str]:
    return sorted(s.email for s in mailing_list.subscribers if s.confirmed_at is not None)


def export_all(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    for mailing_list in active_lists():
        emails = confirmed_emails(mailing_list)
        with (out_dir / f"{mailing_list.name}.csv").open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["email"])
            writer.writerows([e] for e in emails)
        total += len(emails)
    return total


if __name__ == "__main__":
    print(f"exported {export_all(Path(sys.argv[1]))} addresses")
