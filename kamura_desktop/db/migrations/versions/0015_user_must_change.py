"""users: must_change_password — set when the admin adds a user or resets a password; the user
chooses a new password at the next login

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both engines: a batch rebuild of `users` would drop a table that
    # every audit and posted row refers to (refused with foreign keys on)
    op.add_column("users", sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("users", "must_change_password")  # SQLite ≥ 3.35 drops a column in place
