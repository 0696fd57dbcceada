import os

from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
if os.environ.get("SHIPPING_DB_URL"):
    config.set_main_option("sqlalchemy.url", os.environ["SHIPPING_DB_URL"])


def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with connectable.connect() as connection:
        context.configure(connection=connection, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
