"""rename posts.summary to posts.excerpt

Revision ID: 0007
Revises: 0006
Create Date: 2026-10-02 09:14:51
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("posts") as batch:
        batch.alter_column("summary", new_column_name="excerpt")


def downgrade() -> None:
    with op.batch_alter_table("posts") as batch:
        batch.alter_column("excerpt", new_column_name="summary")
