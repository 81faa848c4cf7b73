"""tamper evidence: hash chains on the journal and the audit log, row hashes on users and
settings, and the table of keyed seals; fills them for the rows an older file already has

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from kamura_desktop.db import tamper_rows

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("journal_entries", "audit_log", "users", "settings")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("row_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "tamper_seals",
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("head_id", sa.Integer(), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_tamper_seals")),
    )
    # fill the chains and hashes of the rows the file already has (tamper_rows.fill_chains:
    # the same fill serves files built in bulk by SQL, such as the benchmark books)
    tamper_rows.fill_chains(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    op.drop_table("tamper_seals")
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_hash")
