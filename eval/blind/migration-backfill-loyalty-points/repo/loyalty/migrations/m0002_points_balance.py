"""Loyalty points balance per customer."""


def upgrade(conn):
    conn.execute("ALTER TABLE customers ADD COLUMN points INTEGER")
    conn.execute("CREATE INDEX ix_customers_points ON customers (points)")
