"""Operational commands: ``python -m vetclinic.cli <command>``."""
from __future__ import annotations

import argparse
import csv
import logging
from datetime import date

from vetclinic.db import Base, Session, engine
from vetclinic.models import Pet, Vaccination
from vetclinic.reminders import due_reminders

log = logging.getLogger("vetclinic")


def cmd_init_db(_: argparse.Namespace) -> None:
    Base.metadata.create_all(engine)
    log.info("schema ready")


def cmd_import(args: argparse.Namespace) -> None:
    """Import a vaccination export (pet_name,species,owner_email,vaccine,given_on)."""
    with Session() as session, open(args.csv_file, newline="") as fh:
        pets: dict[tuple[str, str], Pet] = {}
        for row in csv.DictReader(fh):
            key = (row["pet_name"], row["owner_email"])
            if key not in pets:
                pets[key] = Pet(name=row["pet_name"], species=row["species"], owner_email=row["owner_email"])
                session.add(pets[key])
            pets[key].vaccinations.append(
                Vaccination(vaccine=row["vaccine"], given_on=date.fromisoformat(row["given_on"]))
            )
        session.commit()
    log.info("imported %d pets", len(pets))


def cmd_send_reminders(args: argparse.Namespace) -> None:
    today = date.fromisoformat(args.today) if args.today else date.today()
    with Session() as session:
        for r in due_reminders(session, today):
            if args.dry_run:
                log.info("would email %s: %s's %s booster is due %s", r.owner_email, r.pet_name, r.vaccine, r.due)


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    parser = argparse.ArgumentParser(prog="vetclinic")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init-db").set_defaults(func=cmd_init_db)
    imp = sub.add_parser("import-records")
    imp.add_argument("csv_file")
    imp.set_defaults(func=cmd_import)
    rem = sub.add_parser("send-reminders")
    rem.add_argument("--today")
    rem.add_argument("--dry-run", action="store_true")
    rem.set_defaults(func=cmd_send_reminders)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
