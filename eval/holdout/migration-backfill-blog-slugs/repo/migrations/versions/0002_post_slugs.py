"""pretty urls: add posts.slug

Revision ID: 0002
Revises: 0001
Create Date: 2024-02-20 16:40:03.552187
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("posts") as batch_op:
        batch_op.add_column(sa.Column("slug", sa.String(length=200), nullable=True))
        batch_op.create_index("ix_posts_slug", ["slug"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("posts") as batch_op:
        batch_op.drop_index("ix_posts_slug")
        batch_op.drop_column("slug")
