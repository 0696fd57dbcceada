"""Front-desk command line: python -m clinic.cli book --patient 7 --with dr-haddad --at 2024-05-14T09:40"""
from __future__ import annotations

import argparse
from datetime import datetime

from clinic.booking import Diary
from clinic.models import Patient
from clinic.reminders import pending

PATIENTS = {
    7: Patient(7, "Tomasz Nowak", phone="+48 600 100 200", prefers="sms"),
    12: Patient(12, "Aisha Bello", email="aisha@example.net", prefers="email"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clinic")
    sub = parser.add_subparsers(dest="command", required=True)
    book = sub.add_parser("book")
    book.add_argument("--patient", type=int, required=True)
    book.add_argument("--with", dest="clinician", required=True)
    book.add_argument("--at", type=datetime.fromisoformat, required=True)
    args = parser.parse_args(argv)

    diary = Diary()
    appt = diary.book(PATIENTS[args.patient], args.clinician, args.at)
    print(f"booked #{appt.id} with {appt.clinician} at {appt.starts_at:%a %d %b %H:%M}")
    for reminder in pending():
        print(f"  reminder via {reminder.channel} at {reminder.send_at:%Y-%m-%d %H:%M}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
