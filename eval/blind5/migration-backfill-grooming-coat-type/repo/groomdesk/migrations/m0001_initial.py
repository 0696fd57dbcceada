from __future__ import annotations

import sqlite3

BREEDS = [
    ("Labrador Retriever", "large"),
    ("Cockapoo", "medium"),
    ("Border Collie", "medium"),
    ("Miniature Schnauzer", "small"),
    ("Dachshund", "small"),
    ("Golden Retriever", "large"),
    ("Bichon Frise", "small"),
    ("Whippet", "medium"),
]


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE breeds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            size TEXT NOT NULL CHECK (size IN ('small', 'medium', 'large'))
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY,
            dog_name TEXT NOT NULL,
            breed_id INTEGER NOT NULL REFERENCES breeds (id),
            day TEXT NOT NULL,
            start TEXT NOT NULL,
            groomer TEXT NOT NULL
        )
        """
    )
    conn.executemany("INSERT INTO breeds (name, size) VALUES (?, ?)", BREEDS)
