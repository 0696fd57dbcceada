"""tenants and usage events

Revision ID: 3f1c9a2b7d10
Revises:
Create Date: 2024-01-09 09:31:12.004511

"""
import sqlalchemy as sa

from alembic import op

revision = "3f1c9a2b7d10"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tenants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("slug", sa.String(length=63), nullable=False, unique=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("plan", sa.String(length=20), nullable=False),
    )
    op.create_table(
        "usage_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tenant_slug", sa.String(length=63), sa.ForeignKey("tenants.slug"), nullable=False),
        sa.Column("metric", sa.String(length=40), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_usage_events_tenant_slug", "usage_events", ["tenant_slug"])


def downgrade():
    op.drop_index("ix_usage_events_tenant_slug", table_name="usage_events")
    op.drop_table("usage_events")
    op.drop_table("tenants")
