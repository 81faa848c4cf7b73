"""Alembic environment. Migrations are run from code (kamura_desktop.db.database), which
passes an open connection in ``config.attributes['connection']``."""

from __future__ import annotations

from alembic import context

from kamura_desktop.db.models import metadata

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - the CLI of alembic itself is not used
        raise RuntimeError("Kamura migrations run only through kamura_desktop.db.database")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
