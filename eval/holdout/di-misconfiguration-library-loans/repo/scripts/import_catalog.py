"""Load a catalogue CSV (isbn,title,copies) into the lending database."""
import csv
import sys

from lending.database import Base, engine, get_db
from lending.models import Book


def main(path: str) -> None:
    Base.metadata.create_all(engine)
    with open(path, newline="", encoding="utf-8") as fh, get_db() as db:
        for row in csv.DictReader(fh):
            db.add(Book(isbn=row["isbn"], title=row["title"], copies=int(row["copies"])))


if __name__ == "__main__":
    main(sys.argv[1])
