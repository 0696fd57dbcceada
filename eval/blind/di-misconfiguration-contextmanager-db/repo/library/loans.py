from __future__ import annotations

import sqlite3


class NotAvailable(Exception):
    pass


def available_copies(conn: sqlite3.Connection, isbn: str) -> int:
    row = conn.execute(
        "SELECT b.copies - COUNT(l.id) AS free FROM books b "
        "LEFT JOIN loans l ON l.isbn = b.isbn AND l.returned = 0 WHERE b.isbn = ? GROUP BY b.isbn",
        (isbn,),
    ).fetchone()
    return 0 if row is None else row["free"]


def lend(conn: sqlite3.Connection, isbn: str, member: str) -> int:
    if available_copies(conn, isbn) <= 0:
        raise NotAvailable(isbn)
    cur = conn.execute("INSERT INTO loans (isbn, member) VALUES (?, ?)", (isbn, member))
    return cur.lastrowid
