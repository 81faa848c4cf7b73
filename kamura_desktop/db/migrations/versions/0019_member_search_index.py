"""member search reads a narrow index: (number, search_text)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # search as you type (issue 16): SQLite counts the matches and walks the first page in
    # member-number order from this index alone (a third of the table's bytes), reading a
    # member's row only when its search text matches. Built from the rows already there, on
    # both engines; nothing to fill.
    op.create_index("ix_members_number_search", "members", ["number", "search_text"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_members_number_search", table_name="members")
