"""Record each breed's coat type; grooming time now depends on it rather than on size."""
from __future__ import annotations

import sqlite3

KNOWN_COATS = {
    "double": ("Border Collie", "Golden Retriever"),
    "curly": ("Cockapoo", "Bichon Frise"),
    "wire": ("Miniature Schnauzer",),
}


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE breeds ADD COLUMN coat_type TEXT")
    for coat, names in KNOWN_COATS.items():
        marks = ", ".join("?" for _ in names)
        conn.execute(f"UPDATE breeds SET coat_type = ? WHERE name IN ({marks})", (coat, *names))
    conn.execute("UPDATE breeds SET coat_type = 'smooth' WHERE coat_type = NULL")
