"""tenant is_active flag for offboarding

Revision ID: 9b84e0d55c21
Revises: 3f1c9a2b7d10
Create Date: 2024-05-14 17:02:45.771930

"""
import sqlalchemy as sa

from alembic import op

revision = "9b84e0d55c21"
down_revision = "3f1c9a2b7d10"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("tenants", sa.Column("is_active", sa.Boolean(), nullable=True))


def downgrade():
    with op.batch_alter_table("tenants") as batch:
        batch.drop_column("is_active")
