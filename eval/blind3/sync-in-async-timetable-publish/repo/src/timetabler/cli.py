from __future__ import annotations

import argparse

from sqlmodel import Session, select

from timetabler.db import engine, init_db
from timetabler.models import Lesson
from timetabler.notify import push_to_parents_portal


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="timetabler")
    parser.add_argument("command", choices=["push"])
    parser.add_argument("week", type=int)
    args = parser.parse_args(argv)
    init_db()
    with Session(engine) as session:
        lessons = session.exec(select(Lesson).where(Lesson.week == args.week, Lesson.published)).all()
    receipt = push_to_parents_portal(args.week, lessons)
    print(f"pushed {receipt.accepted} lessons, reference {receipt.reference}")


if __name__ == "__main__":
    main()
