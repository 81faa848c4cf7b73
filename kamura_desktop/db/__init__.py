"""Persistence: SQLAlchemy models, the SQLite engine and the Alembic migrations."""
