"""member search: accent-blind search text, read from a narrow index (number, search_text)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from kamura_desktop.domain.text import search_fold

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the search text was only lower-cased: "José" was not found by "jose". It is kept in the
    # folded form now (domain/text.search_fold, the same in Python for both engines); the rows
    # already there are folded here. Members carry no tamper seal; nothing else reads it.
    conn = op.get_bind()
    members = sa.table("members", sa.column("id", sa.Integer),
                       sa.column("search_text", sa.Text))
    changed = [{"row_id": i, "folded": search_fold(t)}
               for i, t in conn.execute(sa.select(members.c.id, members.c.search_text))
               if search_fold(t) != t]
    if changed:
        conn.execute(members.update().where(members.c.id == sa.bindparam("row_id"))
                     .values(search_text=sa.bindparam("folded")), changed)
    # search as you type (issue 16): SQLite counts the matches and walks the first page in
    # member-number order from this index alone (a third of the table's bytes), reading a
    # member's row only when its search text matches. Built from the rows already there, on
    # both engines, after the fill above.
    op.create_index("ix_members_number_search", "members", ["number", "search_text"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_members_number_search", table_name="members")
