"""Load the starter catalogue: python scripts/seed_books.py"""
from library.db import get_db, init_schema

BOOKS = [
    ("9780262033848", "Introduction to Algorithms", "Cormen et al.", 2),
    ("9781492056355", "Fluent Python", "Luciano Ramalho", 1),
]

if __name__ == "__main__":
    init_schema()
    with get_db() as conn:
        conn.executemany("INSERT OR IGNORE INTO books VALUES (?, ?, ?, ?)", BOOKS)
    print(f"seeded {len(BOOKS)} books")
