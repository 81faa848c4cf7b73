"""tamper evidence: hash chains on the journal and the audit log, row hashes on users and
settings, and the table of keyed seals; fills them for the rows an older file already has

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from kamura_desktop.db import tamper_rows
from kamura_desktop.domain import tamper_hash as th

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("journal_entries", "audit_log", "users", "settings")
#: the immutability triggers that refuse the UPDATE that fills the new column
BLOCKING = ("trg_journal_entries_no_update", "trg_audit_log_no_update")


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
    conn = op.get_bind().connection.driver_connection
    # the rows are immutable: lift the two triggers for this one fill, then put back the
    # very same statements (read from the file, not retyped)
    kept = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)", BLOCKING)]
    for name in BLOCKING:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    seals = []
    prev, head = None, None
    for entry_id, _number, values, _ in list(tamper_rows.journal_rows(conn)):
        prev, head = th.chain_hash(prev, values), entry_id
        conn.execute("UPDATE journal_entries SET row_hash = ? WHERE id = ?", (prev, entry_id))
    seals.append(("journal", head, prev or ""))
    prev, head = None, None
    for audit_id, values, _ in list(tamper_rows.audit_rows(conn)):
        prev, head = th.chain_hash(prev, values), audit_id
        conn.execute("UPDATE audit_log SET row_hash = ? WHERE id = ?", (prev, audit_id))
    seals.append(("audit", head, prev or ""))
    for statement in kept:
        conn.execute(statement)
    hashes = []
    for user_id, _name, values, _ in list(tamper_rows.user_rows(conn)):
        hashes.append(th.row_hash(values))
        conn.execute("UPDATE users SET row_hash = ? WHERE id = ?", (hashes[-1], user_id))
    seals.append(("users", None, th.digest(hashes)))
    hashes = []
    for key, values, _ in list(tamper_rows.setting_rows(conn)):
        hashes.append(th.row_hash(values))
        conn.execute("UPDATE settings SET row_hash = ? WHERE key = ?", (hashes[-1], key))
    seals.append(("settings", None, th.digest(hashes)))
    # the keyed MACs need the key file, which lives outside the database: the program seals
    # the file when it opens it (services/tamper.ensure_seal)
    conn.executemany("INSERT INTO tamper_seals (name, head_id, digest, mac) VALUES (?, ?, ?, NULL)",
                     seals)


def downgrade() -> None:
    op.drop_table("tamper_seals")
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_hash")
