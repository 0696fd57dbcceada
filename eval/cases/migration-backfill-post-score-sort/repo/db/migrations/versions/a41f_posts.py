"""posts

Revision ID: a41f
Revises:
Create Date: 2023-11-02 11:05:40

"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "a41f"
down_revision = None


def upgrade():
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sqlmodel.AutoString(length=120), nullable=False),
        sa.Column("title", sqlmodel.AutoString(length=200), nullable=False),
        sa.Column("author", sqlmodel.AutoString(length=80), nullable=False),
        sa.Column("likes", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("slug"),
    )


def downgrade():
    op.drop_table("posts")
