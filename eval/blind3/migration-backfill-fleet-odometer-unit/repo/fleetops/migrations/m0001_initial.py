"""Initial schema: vehicles."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "vehicles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plate", sa.String(16), nullable=False, unique=True),
        sa.Column("make", sa.String(40), nullable=False),
        sa.Column("odometer", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_service_odometer", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_service_on", sa.Date, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("vehicles")
