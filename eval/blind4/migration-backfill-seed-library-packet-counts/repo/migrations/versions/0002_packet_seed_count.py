"""packets: seeds per packet

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-19 08:41:07.553904
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("packets") as batch:
        batch.add_column(sa.Column("seeds_per_packet", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("packets") as batch:
        batch.drop_column("seeds_per_packet")
