"""Export the public employee directory as CSV."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from directory.orm import Employee
from directory.serializers import to_entries, to_rows


def export(db_url: str, out: Path) -> int:
    engine = create_engine(db_url)
    with Session(engine) as session:
        employees = session.scalars(select(Employee).order_by(Employee.last_name)).unique().all()
        rows = to_rows(to_entries(employees))
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["name", "email", "team", "office", "ext"])
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", type=Path, default=Path("directory.csv"))
    args = parser.parse_args()
    print(f"exported {export(args.db, args.out)} people to {args.out}")


if __name__ == "__main__":
    main()
