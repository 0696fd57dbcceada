"""Track whether a vehicle's odometer reads kilometres or miles (UK imports)."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.add_column("vehicles", sa.Column("odometer_unit", sa.String(2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("vehicles") as batch:
        batch.drop_column("odometer_unit")
