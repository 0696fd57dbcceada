"""multi-currency invoices

Revision ID: 20240530_01
Revises: 20240211_01
Create Date: 2024-05-30 09:48:51

"""
import sqlalchemy as sa
from alembic import op

revision = "20240530_01"
down_revision = "20240211_01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("invoice", sa.Column("currency", sa.String(length=3), nullable=True))


def downgrade() -> None:
    op.drop_column("invoice", "currency")
