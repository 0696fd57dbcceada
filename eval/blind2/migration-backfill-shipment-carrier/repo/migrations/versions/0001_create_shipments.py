"""create shipments

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "shipments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tracking_no", sa.String(40), nullable=False, unique=True),
        sa.Column("recipient", sa.String(120), nullable=False),
        sa.Column("weight_grams", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("shipments")
