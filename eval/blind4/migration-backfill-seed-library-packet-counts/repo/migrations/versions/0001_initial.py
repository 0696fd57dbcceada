"""initial schema

Revision ID: 0001
Revises:
Create Date: 2025-02-11 19:04:52.118320
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "varieties",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("crop", sa.String(60), nullable=False),
    )
    op.create_table(
        "packets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("variety_id", sa.Integer(), sa.ForeignKey("varieties.id"), nullable=False),
        sa.Column("lot", sa.String(20), nullable=False),
        sa.Column("harvest_year", sa.Integer(), nullable=False),
    )
    op.create_table(
        "germination_reports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("packet_id", sa.Integer(), sa.ForeignKey("packets.id"), nullable=False),
        sa.Column("season", sa.Integer(), nullable=False),
        sa.Column("sown", sa.Integer(), nullable=False),
        sa.Column("sprouted", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("germination_reports")
    op.drop_table("packets")
    op.drop_table("varieties")
