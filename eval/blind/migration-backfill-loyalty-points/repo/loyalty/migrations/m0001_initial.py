"""Customers and orders."""


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL UNIQUE,
            tier TEXT NOT NULL DEFAULT 'bronze'
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            total_cents INTEGER NOT NULL
        )
        """
    )
