"""count post views

Revision ID: c9d2
Revises: a41f
Create Date: 2024-04-22 18:31:09

"""
import sqlalchemy as sa
from alembic import op

revision = "c9d2"
down_revision = "a41f"


def upgrade():
    with op.batch_alter_table("posts") as batch_op:
        batch_op.add_column(sa.Column("view_count", sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table("posts") as batch_op:
        batch_op.drop_column("view_count")
